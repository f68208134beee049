package org.referralnetwork.portal.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.security.AccessRefused;
import org.referralnetwork.portal.security.SignedIn;

/** What the security layer reports (logins, refused pages and files), kept in the audit log. */
@ApplicationScoped
public class SecurityEvents {

  @EJB AuditLog log;

  void signedIn(@Observes SignedIn event) {
    log.record(AuditAction.LOGIN, "signed in");
  }

  void refused(@Observes AccessRefused refused) {
    log.refused(refused.what(), null);
  }
}
