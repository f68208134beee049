package org.referralnetwork.portal.api.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.referralnetwork.portal.quota.boundary.QuotaRow;
import org.referralnetwork.portal.quota.entity.SlotState;
import org.referralnetwork.portal.referral.boundary.ReferralRow;
import org.referralnetwork.portal.referral.boundary.ReferralView;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.Urgency;

/** The JSON documents the partner API answers with (JSON-B records), made from the use cases' views. */
public final class ApiDocuments {

  private ApiDocuments() {}

  /** A referral in a list. */
  public record ReferralSummary(long id, String reference, Programme programme, ReferralStatus status, Urgency urgency,
      RequestLanguage language, String countryCode, Instant createdAt, Instant updatedAt) {
    static ReferralSummary of(ReferralRow row) {
      return new ReferralSummary(row.getId(), row.getReference(), row.getProgramme(), row.getStatus(), row.getUrgency(),
          row.getLanguage(), row.getCountryCode(), row.getCreatedAt(), row.getUpdatedAt());
    }
  }

  /** One page of a list, with the total and the page asked for. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  /** A referral: its status, version (for submitting what was seen), details, history and the next possible moves. */
  public record ReferralDocument(long id, String reference, long version, Programme programme, ReferralStatus status,
      Instant submittedAt, SlotState slotState, NewReferral details, List<HistoryEntry> history, List<Transition> moves) {
    static ReferralDocument of(ReferralView view) {
      return new ReferralDocument(view.getId(), view.getReference(), view.getVersion(), view.getProgramme(),
          view.getStatus(), instant(view.getSubmittedAt()), view.getSlotState(),
          NewReferral.of(view.getProgramme(), view.getDetails()),
          view.getTimeline().stream().map(line -> new HistoryEntry(instant(line.getAt()), line.getBy(), line.getFrom(),
              line.getTo(), line.getText())).toList(),
          view.getMoves());
    }
  }

  /** A change of status. */
  public record HistoryEntry(Instant at, String by, ReferralStatus from, ReferralStatus to, String reason) {}

  /** A message on a referral's thread. */
  public record Message(Instant at, String by, boolean fromSecretariat, String text) {
    static List<Message> of(ReferralView view) {
      return view.getThread().stream()
          .map(line -> new Message(instant(line.getAt()), line.getBy(), line.isSecretariat(), line.getText())).toList();
    }
  }

  /** What a partner system posts on a thread. */
  public record NewMessage(String text) {}

  /** What submitting may say: the version the partner system saw (optional; the current one otherwise). */
  public record Submission(Long version) {}

  /** The organisation's slots of one programme and period. */
  public record Slots(Programme programme, LocalDate periodStart, LocalDate periodEnd, int allotted, int held, int used,
      int available, int waitlisted) {
    static Slots of(QuotaRow row) {
      return new Slots(row.getProgramme(), row.getPeriodStart(), row.getPeriodEnd(), row.getAllotted(), row.getHeld(),
          row.getUsed(), row.getAvailable(), row.getWaitlisted());
    }
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
