package org.referralnetwork.portal.quota.boundary.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.referralnetwork.portal.platform.web.Language;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.quota.boundary.QuotaRow;
import org.referralnetwork.portal.quota.boundary.Quotas;
import org.referralnetwork.portal.security.NotAMemberOfOneOrganisationException;
import org.referralnetwork.portal.security.NotAllowedException;

/**
 * The secretariat's slot table as an XLSX workbook (figures only: no names of defenders), its
 * headers and programmes in the reader's language; dates stay ISO (YYYY-MM-DD) for spreadsheets.
 */
@WebServlet("/secretariat/quotas.xlsx")
public class QuotaWorkbook extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String[] HEADERS = {
    "referrals.programme", "referrals.organisation", "quota.start", "quota.end", "quota.allotted", "quota.held",
    "quota.used", "quota.available", "quota.waitlisted"
  };

  @EJB private Quotas quotas;
  @Inject private Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    List<QuotaRow> rows;
    try {
      rows = quotas.export("XLSX");
    } catch (NotAllowedException | NotAMemberOfOneOrganisationException refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"slot-quotas.xlsx\"");
    response.setHeader("Cache-Control", "no-store");
    ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
    Workbook workbook = new Workbook(response.getOutputStream(), "Referral Network Portal", "1.0");
    Worksheet sheet = workbook.newWorksheet(texts.getString("quota.sheet"));
    for (int c = 0; c < HEADERS.length; c++) {
      sheet.value(0, c, texts.getString(HEADERS[c]));
      sheet.style(0, c).bold().set();
    }
    int r = 1;
    for (QuotaRow row : rows) {
      sheet.value(r, 0, texts.getString("Programme." + row.getProgramme().name()));
      sheet.value(r, 1, row.getOrganisationName());
      sheet.value(r, 2, row.getPeriodStart().toString());
      sheet.value(r, 3, row.getPeriodEnd().toString());
      sheet.value(r, 4, row.getAllotted());
      sheet.value(r, 5, row.getHeld());
      sheet.value(r, 6, row.getUsed());
      sheet.value(r, 7, row.getAvailable());
      sheet.value(r, 8, row.getWaitlisted());
      r++;
    }
    workbook.finish();
  }
}
