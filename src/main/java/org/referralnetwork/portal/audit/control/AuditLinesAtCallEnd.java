package org.referralnetwork.portal.audit.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;

/**
 * Appends a transaction's audit lines when the outermost session-bean call in it ends, still
 * inside the transaction. Bound to every session bean of the portal ({@code WEB-INF/ejb-jar.xml}),
 * scheduled jobs included, so that no use case can forget it.
 */
public class AuditLinesAtCallEnd {

  @Inject AuditChain chain;

  @AroundInvoke
  public Object call(InvocationContext call) throws Exception {
    return aroundCall(call);
  }

  @AroundTimeout
  public Object job(InvocationContext job) throws Exception {
    return aroundCall(job);
  }

  private Object aroundCall(InvocationContext call) throws Exception {
    if (!chain.callBegins()) {
      return call.proceed();
    }
    Object result;
    try {
      result = call.proceed();
    } catch (Exception failure) {
      // an application exception may leave the transaction to commit: its lines go with it
      try {
        chain.outermostCallEnds();
      } catch (RuntimeException alsoFailed) {
        failure.addSuppressed(alsoFailed);
      }
      throw failure;
    }
    chain.outermostCallEnds();
    return result;
  }
}
