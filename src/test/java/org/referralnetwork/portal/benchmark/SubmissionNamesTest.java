package org.referralnetwork.portal.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.referral.control.IdentityKey;

class SubmissionNamesTest {

  /** Generated defenders must not count as one person under the one-request rule, or the benchmark measures refusals. */
  @Test
  void consecutiveNamesHaveDistinctSkeletons() {
    Set<String> skeletons = new HashSet<>();
    LongStream.range(1_000_000L, 1_020_000L)
        .forEach(n -> skeletons.add(IdentityKey.skeleton("Bench Defender " + Submissions.nameFor(n))));
    assertEquals(20_000, skeletons.size());
  }
}
