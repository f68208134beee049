package org.referralnetwork.portal.hosting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.hosting.control.HostPlaces.Declared;
import org.referralnetwork.portal.hosting.control.HostPlaces.Span;

class HostPlacesTest {

  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

  private static Span span(int fromDay, int toDay) {
    return new Span(JAN_1.plusDays(fromDay), JAN_1.plusDays(toDay));
  }

  @Test
  void placesDeclaredForTheWholePeriodAreFreeWhenNothingIsTaken() {
    assertEquals(2, HostPlaces.freeThroughout(span(10, 100), List.of(new Declared(span(0, 364), 2)), List.of()));
  }

  @Test
  void aDayNoPeriodCoversHasNoPlace() {
    // places for the first half of the year only: a stay into the second half does not fit
    assertEquals(0, HostPlaces.freeThroughout(span(150, 200), List.of(new Declared(span(0, 180), 3)), List.of()));
    // two periods side by side cover it
    assertEquals(1, HostPlaces.freeThroughout(span(150, 200),
        List.of(new Declared(span(0, 180), 3), new Declared(span(181, 364), 1)), List.of()));
  }

  @Test
  void aRelocationTakesAPlaceOnlyOnItsOwnDays() {
    List<Declared> one = List.of(new Declared(span(0, 364), 1));
    List<Span> taken = List.of(span(30, 60));
    assertEquals(0, HostPlaces.freeThroughout(span(60, 90), one, taken), "the last day of a stay is still taken");
    assertEquals(1, HostPlaces.freeThroughout(span(61, 90), one, taken), "the day after, the place is free");
    assertEquals(1, HostPlaces.freeThroughout(span(0, 29), one, taken));
    assertEquals(0, HostPlaces.freeThroughout(span(0, 30), one, taken));
  }

  @Test
  void noOverlapBeyondTheHostsPlaces() {
    List<Declared> two = List.of(new Declared(span(0, 364), 2));
    assertEquals(1, HostPlaces.freeThroughout(span(0, 100), two, List.of(span(20, 40))));
    assertEquals(0, HostPlaces.freeThroughout(span(0, 100), two, List.of(span(20, 40), span(35, 50))),
        "two stays overlap on days 35 to 40: no third fits across them");
    assertEquals(1, HostPlaces.freeThroughout(span(41, 100), two, List.of(span(20, 40), span(35, 50))));
  }

  @Test
  void theBalanceGoesBelowZeroWhenRelocationsOutnumberThePlaces() {
    assertEquals(-1, HostPlaces.balance(span(0, 100), List.of(), List.of(span(10, 20))));
    assertEquals(0, HostPlaces.balance(span(0, 100), List.of(), List.of()));
  }

  @Test
  void theAnswerIsTheSameAsCountingEveryDay() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<Declared> declared = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        int start = random.nextInt(300);
        declared.add(new Declared(span(start, start + random.nextInt(120)), 1 + random.nextInt(3)));
      }
      List<Span> taken = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        int start = random.nextInt(300);
        taken.add(span(start, start + random.nextInt(90)));
      }
      int start = random.nextInt(300);
      Span wanted = span(start, start + random.nextInt(60));
      int fewest = Integer.MAX_VALUE;
      for (LocalDate day = wanted.start(); !day.isAfter(wanted.end()); day = day.plusDays(1)) {
        LocalDate d = day;
        int places = declared.stream().filter(c -> !d.isBefore(c.span().start()) && !d.isAfter(c.span().end()))
            .mapToInt(Declared::places).sum();
        long used = taken.stream().filter(t -> !d.isBefore(t.start()) && !d.isAfter(t.end())).count();
        fewest = (int) Math.min(fewest, places - used);
      }
      assertEquals(fewest, HostPlaces.balance(wanted, declared, taken), "round " + round);
      assertTrue(HostPlaces.freeThroughout(wanted, declared, taken) >= 0);
    }
  }
}
