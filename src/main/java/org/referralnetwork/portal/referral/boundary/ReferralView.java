package org.referralnetwork.portal.referral.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.referralnetwork.portal.quota.entity.SlotState;
import org.referralnetwork.portal.referral.control.ProgrammeRules;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.StatusChange;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.Urgency;

/** A referral as its detail page shows it: what it says, its timeline, its thread, what may be done. */
public final class ReferralView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long version;
  private final Programme programme;
  private final ReferralStatus status;
  private final Urgency urgency;
  private final String organisationName;
  private final String assignedReviewer;
  private final String redirectedTo;
  private final LocalDateTime submittedAt;
  private final Duration waiting;
  private final Duration timeToDecision;
  private final boolean partialFundingCandidate;
  private final DraftDetails details;
  private final List<Line> timeline;
  private final List<Line> thread;
  private final List<Transition> moves;
  private final boolean editable;
  private final LocalDateTime erasedAt;
  private final boolean erasable;
  private SlotState slotState;
  private boolean personalDetailsHidden;

  ReferralView(Referral referral, DraftDetails details, List<ReferralMessage> messages, List<Transition> moves,
      boolean editable, Instant now) {
    this.id = referral.getId();
    this.version = referral.getVersion();
    this.programme = referral.getProgramme();
    this.status = referral.getStatus();
    this.urgency = referral.getUrgency();
    this.organisationName = referral.getOrganisation().getName();
    this.assignedReviewer = referral.getAssignedReviewer();
    this.redirectedTo = referral.getRedirectedTo();
    this.submittedAt = utc(referral.getSubmittedAt());
    Instant submitted = referral.getSubmittedAt();
    this.waiting = submitted == null || referral.getDecidedAt() != null ? null : Duration.between(submitted, now);
    this.timeToDecision =
        submitted == null || referral.getDecidedAt() == null ? null : Duration.between(submitted, referral.getDecidedAt());
    this.partialFundingCandidate = ProgrammeRules.isPartialFundingCandidate(programme, referral.getAmountEur());
    this.details = details;
    this.timeline = referral.getHistory().stream().map(Line::of).toList();
    this.thread = messages.stream().map(Line::of).toList();
    this.moves = List.copyOf(moves);
    this.editable = editable;
    this.erasedAt = utc(referral.getErasedAt());
    this.erasable = referral.isErasable();
  }

  private static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A line of the timeline or the thread. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDateTime at;
    private final String by;
    private final ReferralStatus from;
    private final ReferralStatus to;
    private final String text;
    private final boolean secretariat;

    private Line(LocalDateTime at, String by, ReferralStatus from, ReferralStatus to, String text, boolean secretariat) {
      this.at = at;
      this.by = by;
      this.from = from;
      this.to = to;
      this.text = text;
      this.secretariat = secretariat;
    }

    static Line of(StatusChange change) {
      return new Line(utc(change.getChangedAt()), change.getChangedBy(), change.getFromStatus(), change.getToStatus(),
          change.getReason(), false);
    }

    static Line of(ReferralMessage message) {
      return new Line(utc(message.getSentAt()), message.getAuthor(), null, null, message.getBody(), message.isFromSecretariat());
    }

    public LocalDateTime getAt() { return at; }
    public String getBy() { return by; }
    public ReferralStatus getFrom() { return from; }
    public ReferralStatus getTo() { return to; }
    public String getText() { return text; }
    public boolean isSecretariat() { return secretariat; }
  }

  public long getId() { return id; }
  /** When its personal data was erased, or null. */
  public LocalDateTime getErasedAt() { return erasedAt; }
  /** Nothing more happens to it (or it is a draft): its personal data may be erased. */
  public boolean isErasable() { return erasable; }
  public String getReference() { return Referral.reference(id); }
  public long getVersion() { return version; }
  public Programme getProgramme() { return programme; }
  public ReferralStatus getStatus() { return status; }
  public Urgency getUrgency() { return urgency; }
  public String getOrganisationName() { return organisationName; }
  public String getAssignedReviewer() { return assignedReviewer; }
  public String getRedirectedTo() { return redirectedTo; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public Duration getWaiting() { return waiting; }
  public Duration getTimeToDecision() { return timeToDecision; }
  public boolean isPartialFundingCandidate() { return partialFundingCandidate; }
  public DraftDetails getDetails() { return details; }
  public List<Line> getTimeline() { return timeline; }
  public List<Line> getThread() { return thread; }
  public List<Transition> getMoves() { return moves; }
  public boolean isEditable() { return editable; }
  /** Held, on the waitlist, used or released; null for programmes without slots. */
  public SlotState getSlotState() { return slotState; }
  public boolean isPersonalDetailsHidden() { return personalDetailsHidden; }
  void hidePersonalDetails() { this.personalDetailsHidden = true; }
  void setSlotState(SlotState slotState) { this.slotState = slotState; }
  /** Waiting for the secretariat's decision. */
  public boolean isUndecided() {
    return status.isUndecided();
  }

  /** Rejected, guided elsewhere, withdrawn or closed: nothing more is added to it. */
  public boolean isEnded() {
    return status.isEnded();
  }
  public boolean isAmountAsked() { return ProgrammeRules.hasAmount(programme); }
  public boolean isRelocation() { return programme == Programme.TEMPORARY_RELOCATION; }
  public BigDecimal getAmountEur() { return details.getAmountEur(); }
}
