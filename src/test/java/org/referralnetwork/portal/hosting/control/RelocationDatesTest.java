package org.referralnetwork.portal.hosting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelocationDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void aStayOfUpToTwelveMonthsFromTodayIsFine() {
    assertEquals(List.of(), RelocationDates.problems(TODAY, TODAY.plusMonths(12), TODAY));
    assertEquals(List.of(), RelocationDates.problems(TODAY.plusDays(3), TODAY.plusDays(4), TODAY));
  }

  @Test
  void noRelocationOverTwelveMonths() {
    assertEquals(List.of("relocation.tooLong"), RelocationDates.problems(TODAY, TODAY.plusMonths(12).plusDays(1), TODAY));
    // 29 February: twelve months later is 28 February, not 1 March
    LocalDate leap = LocalDate.of(2028, 2, 29);
    assertEquals(List.of(), RelocationDates.problems(leap, LocalDate.of(2029, 2, 28), TODAY));
    assertEquals(List.of("relocation.tooLong"), RelocationDates.problems(leap, LocalDate.of(2029, 3, 1), TODAY));
  }

  @Test
  void noStartInThePast() {
    assertEquals(List.of("relocation.startInPast"), RelocationDates.problems(TODAY.minusDays(1), TODAY.plusMonths(3), TODAY));
  }

  @Test
  void theEndComesAfterTheStart() {
    assertEquals(List.of("relocation.endBeforeStart"), RelocationDates.problems(TODAY.plusDays(5), TODAY.plusDays(5), TODAY));
    assertEquals(List.of("relocation.startInPast", "relocation.endBeforeStart"),
        RelocationDates.problems(TODAY.minusDays(1), TODAY.minusDays(2), TODAY));
  }

  @Test
  void bothDatesAreNeeded() {
    assertEquals(List.of("relocation.datesRequired"), RelocationDates.problems(null, TODAY, TODAY));
    assertEquals(List.of("relocation.datesRequired"), RelocationDates.problems(TODAY, null, TODAY));
  }
}
