package org.referralnetwork.portal.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Answers kept for a short while and shared by everyone who asks the same question. The question
 * is a key that names everything the answer depends on (a scope is part of it), so no answer
 * reaches someone who asked another question. Two callers may ask at once; both get an answer.
 */
public final class KeptAnswers<V> {

  /** What is asked when no fresh answer is kept. */
  public interface Question<V, E extends Exception> {
    V ask() throws E;
  }

  private record Kept<V>(V answer, long atNanos) {}

  private final Map<String, Kept<V>> answers = new ConcurrentHashMap<>();
  private final Duration period;
  private final int maxQuestions;
  private final LongSupplier nanoTime;

  /** Kept for {@code period}; at most {@code maxQuestions} distinct questions (all are dropped when full). */
  public KeptAnswers(Duration period, int maxQuestions) {
    this(period, maxQuestions, System::nanoTime);
  }

  public KeptAnswers(Duration period, int maxQuestions, LongSupplier nanoTime) {
    this.period = period;
    this.maxQuestions = maxQuestions;
    this.nanoTime = nanoTime;
  }

  /** The kept answer while it is fresh, otherwise asked now and kept. */
  public <E extends Exception> V answer(String question, Question<V, E> ask) throws E {
    return answer(question, ask, answer -> true);
  }

  /** As {@link #answer(String, Question)}, keeping a new answer only if it is {@code worthKeeping}. */
  public <E extends Exception> V answer(String question, Question<V, E> ask, Predicate<V> worthKeeping) throws E {
    long now = nanoTime.getAsLong();
    Kept<V> kept = answers.get(question);
    if (kept != null && now - kept.atNanos() < period.toNanos()) {
      return kept.answer();
    }
    V answer = ask.ask();
    if (worthKeeping.test(answer)) {
      if (answers.size() >= maxQuestions) {
        answers.clear();
      }
      answers.put(question, new Kept<>(answer, now));
    } else if (kept != null) {
      answers.remove(question);
    }
    return answer;
  }
}
