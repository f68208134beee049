package org.referralnetwork.portal.quota.entity;

import org.referralnetwork.portal.referral.entity.Programme;

/**
 * How many slots a referral takes: one relocation for TRP; one person for the Canada stream, so a
 * defender with three family members takes four. Other programmes take none.
 */
public final class SlotUnits {

  private SlotUnits() {}

  public static boolean isSlotted(Programme programme) {
    return programme == Programme.TEMPORARY_RELOCATION || programme == Programme.CANADA_STREAM;
  }

  public static int slotsFor(Programme programme, int familyMembers) {
    return switch (programme) {
      case TEMPORARY_RELOCATION -> 1;
      case CANADA_STREAM -> 1 + Math.max(0, familyMembers);
      default -> 0;
    };
  }
}
