package org.referralnetwork.portal.referral.boundary.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.referralnetwork.portal.referral.boundary.ReferralDocuments;
import org.referralnetwork.portal.referral.entity.ReferralDocument;
import org.referralnetwork.portal.security.NotAMemberOfOneOrganisationException;

/**
 * Sends a supporting document, always as a download (never shown inline, never cached), and only to
 * someone who may see its referral; for anybody else it does not exist.
 */
@WebServlet("/document")
public class DocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ReferralDocuments documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ReferralDocument> document;
    try {
      document = documents.download(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | NotAMemberOfOneOrganisationException notForYou) {
      document = Optional.empty();
    }
    byte[] content = document.map(ReferralDocument::getContent).orElse(null);
    if (content == null) {
      // not there, not for this caller, or erased: the same answer
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(document.get().getContentType());
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition",
        "attachment; filename*=UTF-8''" + URLEncoder.encode(document.get().getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(content);
  }
}
