package org.referralnetwork.portal.referral.control;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.referralnetwork.portal.platform.KeptAnswers;

/**
 * Counts of long lists, kept for a short while and shared by everyone who asks the same question.
 * Counting the secretariat's 90,000 referrals costs the database about 20 ms at every view of the
 * list (see the benchmark), and a paginator's total that is half a minute old serves as well when
 * it is that large; the rows themselves are always read afresh. Short lists are counted every
 * time: it is cheap, and a partner who has just started a draft expects it in the total.
 */
final class LargeCounts {

  /** From this many rows on, a count is kept. */
  static final long LARGE = 10_000;
  static final Duration KEPT = Duration.ofSeconds(30);
  /** Distinct questions kept at most (filters make them many). */
  private static final int MAX_QUESTIONS = 1_000;

  private final KeptAnswers<Long> counts;

  LargeCounts() {
    this(System::nanoTime);
  }

  LargeCounts(LongSupplier nanoTime) {
    this.counts = new KeptAnswers<>(KEPT, MAX_QUESTIONS, nanoTime);
  }

  /** The count of {@code question} (which names the list and its filter), kept or counted now. */
  long count(String question, LongSupplier counter) {
    return counts.answer(question, counter::getAsLong, rows -> rows >= LARGE);
  }
}
