package org.referralnetwork.portal.hosting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dates a host may agree to: from today on, an end after the start, at most twelve months. */
public final class RelocationDates {

  /** The programme funds a relocation for up to one year. */
  public static final int MAX_MONTHS = 12;

  private RelocationDates() {}

  /** The message keys of what is wrong with these dates; empty when they are fine. */
  public static List<String> problems(LocalDate start, LocalDate end, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (start == null || end == null) {
      problems.add("relocation.datesRequired");
      return problems;
    }
    if (start.isBefore(today)) {
      problems.add("relocation.startInPast");
    }
    if (!end.isAfter(start)) {
      problems.add("relocation.endBeforeStart");
    } else if (end.isAfter(start.plusMonths(MAX_MONTHS))) {
      problems.add("relocation.tooLong");
    }
    return problems;
  }
}
