package org.referralnetwork.portal.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456789Z");

  private static AuditEvent event(String actor, String detail, String prev) {
    return new AuditEvent(7, prev, AT, actor, "org", AuditAction.REFERRAL_READ, 12L, "partner", detail, "10.0.0.1");
  }

  @Test
  void theHashIsTheSameForTheSameLineAndChangesWithAnyField() {
    AuditEvent line = event("rita", "opened", AuditEvent.GENESIS);
    assertEquals(line.getHash(), event("rita", "opened", AuditEvent.GENESIS).getHash());
    assertNotEquals(line.getHash(), event("sam", "opened", AuditEvent.GENESIS).getHash());
    assertNotEquals(line.getHash(), event("rita", "opened!", AuditEvent.GENESIS).getHash());
    assertNotEquals(line.getHash(), event("rita", "opened", "1".repeat(64)).getHash(), "the chain: the previous hash counts");
    assertTrue(line.isIntact());
  }

  @Test
  void aLineBreakInAFieldCannotPassForTheNextField() {
    AuditEvent shifted = new AuditEvent(7, AuditEvent.GENESIS, AT, "rita\norg", null, AuditAction.LOGIN, null, null, null, null);
    AuditEvent plain = new AuditEvent(7, AuditEvent.GENESIS, AT, "rita", "org", AuditAction.LOGIN, null, null, null, null);
    assertNotEquals(plain.getHash(), shifted.getHash());
  }

  @Test
  void theTimeIsKeptToTheMicrosecondAsTheDatabaseStoresIt() {
    assertEquals(Instant.parse("2026-11-25T10:15:30.123456Z"), event("rita", null, AuditEvent.GENESIS).getOccurredAt());
    assertFalse(event("rita", null, AuditEvent.GENESIS).getHash().isEmpty());
  }
}
