package org.referralnetwork.portal.hosting.control;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * A host's free places over a period: on each day, the places its capacity periods declare for
 * that day less the relocations that take one that day. Days no period covers have no place.
 */
public final class HostPlaces {

  /** Days from {@code start} to {@code end}, both included. */
  public record Span(LocalDate start, LocalDate end) {
    boolean covers(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
  }

  /** Places declared for a span. */
  public record Declared(Span span, int places) {}

  private HostPlaces() {}

  /**
   * The fewest places free on any day of the wanted span (never below zero): one or more means a
   * relocation of these dates fits.
   */
  public static int freeThroughout(Span wanted, List<Declared> declared, List<Span> taken) {
    return Math.max(0, balance(wanted, declared, taken));
  }

  /** Places declared less places taken on the tightest day of the span: below zero when overbooked. */
  public static int balance(Span wanted, List<Declared> declared, List<Span> taken) {
    // the count can only change where a period or a relocation starts or ends after a day
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(wanted.start());
    for (Declared d : declared) {
      addIfWithin(days, wanted, d.span().start());
      addIfWithin(days, wanted, d.span().end().plusDays(1));
    }
    for (Span t : taken) {
      addIfWithin(days, wanted, t.start());
      addIfWithin(days, wanted, t.end().plusDays(1));
    }
    int fewest = Integer.MAX_VALUE;
    for (LocalDate day : days) {
      int places = declared.stream().filter(d -> d.span().covers(day)).mapToInt(Declared::places).sum();
      long used = taken.stream().filter(t -> t.covers(day)).count();
      fewest = (int) Math.min(fewest, places - used);
    }
    return fewest;
  }

  private static void addIfWithin(TreeSet<LocalDate> days, Span wanted, LocalDate day) {
    if (wanted.covers(day)) {
      days.add(day);
    }
  }
}
