package org.referralnetwork.portal.protection.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ReferralStatus;

/**
 * How long a referral's personal data is kept once nothing more happens to it, per programme and
 * status, counted from its last change. The most specific setting wins:
 * {@code portal.retention.<programme>.<status>-months}, then {@code portal.retention.<status>-months},
 * then {@code portal.retention.ended-months} (default 24) for ended referrals or
 * {@code portal.retention.draft-months} (default 6) for drafts never sent. Programme and status are
 * written in lower case with hyphens (temporary-relocation, closed). 0 means kept until erased by hand.
 */
public final class RetentionRules {

  public static final int ENDED_DEFAULT_MONTHS = 24;
  public static final int DRAFT_DEFAULT_MONTHS = 6;

  /** Referrals of this programme and status are erased {@code months} after their last change. */
  public record Rule(Programme programme, ReferralStatus status, int months) implements Serializable {

    /** Last changed before this instant: due for erasure. */
    public Instant dueIfChangedBefore(Instant now) {
      return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
  }

  private final List<Rule> rules;

  private RetentionRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules from a configuration lookup (a property name gives its value, if set). */
  public static RetentionRules from(Function<String, Optional<Integer>> setting) {
    List<Rule> rules = new ArrayList<>();
    List<ReferralStatus> statuses = new ArrayList<>(ReferralStatus.ENDED);
    statuses.add(ReferralStatus.DRAFT);
    for (Programme programme : Programme.values()) {
      for (ReferralStatus status : statuses) {
        boolean draft = status == ReferralStatus.DRAFT;
        int months = setting.apply("portal.retention." + name(programme) + "." + name(status) + "-months")
            .or(() -> draft ? Optional.empty() : setting.apply("portal.retention." + name(status) + "-months"))
            .or(() -> setting.apply(draft ? "portal.retention.draft-months" : "portal.retention.ended-months"))
            .orElse(draft ? DRAFT_DEFAULT_MONTHS : ENDED_DEFAULT_MONTHS);
        if (months < 0) {
          throw new IllegalArgumentException("a retention period cannot be negative");
        }
        if (months > 0) {
          rules.add(new Rule(programme, status, months));
        }
      }
    }
    return new RetentionRules(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
