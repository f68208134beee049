package org.referralnetwork.portal.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.referralnetwork.portal.security.RefusedAccess;

/**
 * Keeps every refused attempt in the audit log: those of use cases marked {@link AuditRefusals}
 * (what was tried, and on which referral) and those of pages and files ({@link AccessRefused}).
 */
@AuditRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalAudit {

  @EJB AuditLog log;

  @AroundInvoke
  public Object auditRefusal(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (RuntimeException refused) {
      if (refused instanceof RefusedAccess access) {
        log.refused(invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
            + ": " + refused.getMessage(), access.referralId());
      }
      throw refused;
    }
  }
}
