package org.referralnetwork.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * 200 once the portal can serve (schema migrated, database answering), 503 before: what the run
 * command and a load balancer wait on. Public, and says nothing but UP or DOWN.
 */
@WebServlet("/public/ready")
public class ReadinessEndpoint extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject @Readiness private DatabaseReadiness database;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean up = database.call().getStatus() == HealthCheckResponse.Status.UP;
    response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("text/plain");
    response.getWriter().write(up ? "UP" : "DOWN");
  }
}
