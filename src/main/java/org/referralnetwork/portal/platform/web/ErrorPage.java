package org.referralnetwork.portal.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import org.primefaces.csp.CspException;

/**
 * The page shown when a request fails, its page expired or there is no such page, in the user's language. Written without
 * Faces on purpose: it must work when Faces itself refused the request (a form posted without its
 * view state or its script nonce, e.g. from another site), and it never shows what went wrong inside.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Language language;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    boolean stale = causedBy(failure, ViewExpiredException.class) || causedBy(failure, CspException.class);
    boolean missing = failure == null
        && Integer.valueOf(HttpServletResponse.SC_NOT_FOUND).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    // a stale or foreign form is the request's fault, not the portal's
    response.setStatus(missing ? HttpServletResponse.SC_NOT_FOUND
        : stale ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    response.setContentType("text/html;charset=UTF-8");
    ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
    String kind = missing ? "error.notFound" : stale ? "error.expired" : "error.failure";
    PrintWriter out = response.getWriter();
    out.printf("<!DOCTYPE html><html lang=\"%s\" dir=\"%s\"><head><meta charset=\"UTF-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>%s</title>"
            + "<link rel=\"stylesheet\" href=\"%s/resources/css/portal.css\"/></head><body>"
            + "<header class=\"portal-header\"><div class=\"portal-brand\">%s</div></header>"
            + "<main class=\"portal-main portal-notice\"><h1>%s</h1><p>%s</p><p><a href=\"%s/referrals.xhtml\">%s</a></p></main>"
            + "</body></html>",
        language.getCode(), language.getDirection(), escape(text.getString("app.name")), request.getContextPath(),
        escape(text.getString("app.name")), escape(text.getString(kind + ".title")), escape(text.getString(kind + ".text")),
        request.getContextPath(), escape(text.getString("error.backToPortal")));
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
