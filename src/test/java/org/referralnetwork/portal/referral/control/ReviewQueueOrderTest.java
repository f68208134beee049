package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.referral.entity.ReferralStatus;

/**
 * The database ranks the review queue itself (V16, a generated column with its index): its list of
 * undecided statuses must stay the portal's, or referrals would leave the queue, or stay in it, wrongly.
 */
class ReviewQueueOrderTest {

  private static final Path MIGRATION = Path.of("db/migration/V16__review_queue_order.sql");

  @Test
  void theDatabasesQueueHoldsExactlyTheUndecidedStatuses() throws Exception {
    Matcher in = Pattern.compile("status IN \\(([^)]*)\\)").matcher(Files.readString(MIGRATION));
    assertTrue(in.find(), "the rank names the undecided statuses");
    Set<String> inDatabase = Arrays.stream(in.group(1).split(","))
        .map(status -> status.strip().replace("'", ""))
        .collect(Collectors.toSet());
    Set<String> inPortal = ReferralStatus.UNDECIDED.stream().map(Enum::name).collect(Collectors.toSet());
    assertEquals(inPortal, inDatabase);
  }

  @Test
  void urgentComesFirstThenHigh() throws Exception {
    String sql = Files.readString(MIGRATION).replaceAll("\\s+", " ");
    assertTrue(sql.contains("CASE urgency WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END"), sql);
    assertTrue(sql.contains("(review_rank, submitted_at, id)"), "the index follows the queue's order");
  }
}
