package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

  private static final Duration KEPT = Duration.ofSeconds(30);

  private final AtomicLong now = new AtomicLong();
  private final KeptAnswers<String> answers = new KeptAnswers<>(KEPT, 2, now::get);
  private final AtomicInteger asked = new AtomicInteger();

  private String ask(String question, String answer) {
    return answers.answer(question, () -> {
      asked.incrementAndGet();
      return answer;
    });
  }

  @Test
  void anAnswerIsSharedWhileFreshThenAskedAgain() {
    assertEquals("reviewers v1", ask("reviewer", "reviewers v1"));
    now.addAndGet(KEPT.toNanos() - 1);
    assertEquals("reviewers v1", ask("reviewer", "reviewers v2"), "kept: the next run shares it");
    assertEquals(1, asked.get());
    now.addAndGet(1);
    assertEquals("reviewers v2", ask("reviewer", "reviewers v2"), "asked again once the period is over");
    assertEquals(2, asked.get());
  }

  @Test
  void anotherQuestionGetsItsOwnAnswer() {
    assertEquals("alpha's members", ask("org-alpha", "alpha's members"));
    assertEquals("beta's members", ask("org-beta", "beta's members"));
    assertEquals(2, asked.get());
  }

  @Test
  void anAnswerNotWorthKeepingIsAskedEveryTime() {
    for (int i = 0; i < 3; i++) {
      answers.answer("short list", () -> {
        asked.incrementAndGet();
        return "12 rows";
      }, answer -> false);
    }
    assertEquals(3, asked.get());
  }

  @Test
  void whenFullEverythingIsDroppedAndAskedAfresh() {
    ask("a", "1");
    ask("b", "2");
    ask("c", "3"); // the third question: the two kept are dropped first
    ask("a", "1");
    assertEquals(4, asked.get());
    ask("c", "3");
    assertEquals(4, asked.get(), "kept after the drop");
  }

  @Test
  void aFailedQuestionKeepsNothing() {
    try {
      answers.answer("down", () -> {
        asked.incrementAndGet();
        throw new IOException("Keycloak down");
      });
    } catch (IOException expected) {
      // asked again next time
    }
    assertEquals("up", ask("down", "up"));
    assertEquals(2, asked.get());
  }
}
