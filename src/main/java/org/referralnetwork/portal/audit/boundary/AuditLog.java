package org.referralnetwork.portal.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.referralnetwork.portal.audit.control.AuditChain;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Membership;

/**
 * Writes what the current caller did to the audit log: changes in the transaction of the change
 * (both or neither), refusals in a transaction of their own (the refused action rolls back, its
 * record stays). Details are words without personal data: what happened, never to whom.
 */
@Stateless
public class AuditLog {

  @Inject private CurrentCaller caller;
  @Inject private AuditChain chain;
  @Inject private Instance<HttpServletRequest> request;

  private final Clock clock = Clock.systemUTC();

  /** Something done to or read of a referral of the organisation {@code subjectOrg}. */
  public void record(AuditAction action, long referralId, String subjectOrg, String detail) {
    write(action, referralId, subjectOrg, detail);
  }

  /** Something done that concerns no one referral (a quota, a profile, an export, a login). */
  public void record(AuditAction action, String detail) {
    write(action, null, null, detail);
  }

  /** Something the portal did by itself, on a schedule: the actor is the job, not a person. */
  public void recordByJob(String job, AuditAction action, long referralId, String subjectOrg, String detail) {
    chain.append(new AuditChain.Entry(clock.instant(), "job:" + job, null, action, referralId, subjectOrg, detail, null));
  }

  /**
   * Something done on a public page, where the person may not want to be known (a complaint): kept
   * without who, which organisation or from which address, even when the person is signed in.
   */
  public void recordAnonymous(AuditAction action, String detail) {
    chain.append(new AuditChain.Entry(clock.instant(), null, null, action, null, null, detail, null));
  }

  /** A refused attempt: kept even though what was attempted is rolled back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(String what, Long referralId) {
    write(AuditAction.ACCESS_REFUSED, referralId, null, what);
  }

  private void write(AuditAction action, Long referralId, String subjectOrg, String detail) {
    String organisationId = caller.isLoggedIn() ? caller.membership().map(Membership::organisationId).orElse(null) : null;
    chain.append(new AuditChain.Entry(clock.instant(), caller.getUsername(), organisationId, action, referralId, subjectOrg,
        detail, source()));
  }

  private String source() {
    try {
      return request.isResolvable() ? request.get().getRemoteAddr() : null;
    } catch (RuntimeException noRequest) {
      return null; // a scheduled job or a test without a web request
    }
  }
}
