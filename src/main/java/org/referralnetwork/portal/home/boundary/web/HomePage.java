package org.referralnetwork.portal.home.boundary.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.referralnetwork.portal.complaint.boundary.ComplaintDesk;
import org.referralnetwork.portal.complaint.boundary.ComplaintRow;
import org.referralnetwork.portal.complaint.entity.ComplaintStatus;
import org.referralnetwork.portal.hosting.boundary.HostDesk;
import org.referralnetwork.portal.hosting.boundary.OfferRow;
import org.referralnetwork.portal.hosting.boundary.RelocationBoard;
import org.referralnetwork.portal.hosting.boundary.RelocationRow;
import org.referralnetwork.portal.quota.boundary.QuotaRow;
import org.referralnetwork.portal.quota.boundary.Quotas;
import org.referralnetwork.portal.referral.boundary.ReferralRow;
import org.referralnetwork.portal.referral.boundary.ReferralService;
import org.referralnetwork.portal.referral.control.ReferralFilter;
import org.referralnetwork.portal.referral.control.ReferralSort;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Urgency;

/**
 * The home page: per role, what needs the caller's attention. The page asks for a block only when
 * the caller holds its permission; each service it calls checks that permission again and puts the
 * caller's organisation into its query. Lists show references, programmes and states, never names.
 */
@Named("home")
@RequestScoped
public class HomePage {

  /** How many items a block lists; its count says how many there are in all. */
  static final int SHOWN = 5;
  /** Decisions this recent are "news" for the referring organisation. */
  static final Duration RECENT = Duration.ofDays(14);
  /** Relocations starting or ending this soon are shown to the host. */
  static final int SOON_DAYS = 30;
  /** A quota this full (held and used, in percent of its slots) is flagged to the secretariat. */
  static final int NEARLY_USED_PERCENT = 80;

  @EJB private ReferralService referrals;
  @EJB private HostDesk hostDesk;
  @EJB private RelocationBoard board;
  @EJB private Quotas quotas;
  @EJB private ComplaintDesk complaints;

  private final Clock clock = Clock.systemUTC();

  private Attention<ReferralRow> informationRequested;
  private Attention<ReferralRow> drafts;
  private Attention<ReferralRow> recentDecisions;
  private List<QuotaRow> mySlots;
  private Attention<ReferralRow> urgentWaiting;
  private Attention<ReferralRow> longestWaiting;
  private Attention<OfferRow> overdueOffers;
  private Attention<ComplaintRow> newComplaints;
  private Attention<QuotaRow> quotasNearlyUsed;
  private Attention<OfferRow> offersWaiting;
  private List<RelocationRow> arrivingOrEnding;

  // the referring organisation

  /** Its referrals where the secretariat asked for information: the answer is theirs to give. */
  public Attention<ReferralRow> getInformationRequested() {
    if (informationRequested == null) {
      informationRequested = referralsWhere(filter -> filter.setStatus(ReferralStatus.INFORMATION_REQUESTED),
          ReferralSort.UPDATED_AT, true);
    }
    return informationRequested;
  }

  /** Its drafts not sent yet. */
  public Attention<ReferralRow> getDrafts() {
    if (drafts == null) {
      drafts = referralsWhere(filter -> filter.setStatus(ReferralStatus.DRAFT), ReferralSort.UPDATED_AT, false);
    }
    return drafts;
  }

  /** Its referrals decided in the last two weeks, the latest first. */
  public Attention<ReferralRow> getRecentDecisions() {
    if (recentDecisions == null) {
      recentDecisions = referralsWhere(filter -> filter.setDecidedSince(clock.instant().minus(RECENT)),
          ReferralSort.UPDATED_AT, false);
    }
    return recentDecisions;
  }

  /** Its own quotas whose period includes today. */
  public List<QuotaRow> getMySlots() {
    if (mySlots == null) {
      LocalDate today = LocalDate.now(clock);
      mySlots = quotas.mine().stream()
          .filter(q -> !q.getPeriodStart().isAfter(today) && !q.getPeriodEnd().isBefore(today))
          .toList();
    }
    return mySlots;
  }

  // the secretariat

  /** Urgent referrals waiting for a decision, the longest waiting first. */
  public Attention<ReferralRow> getUrgentWaiting() {
    if (urgentWaiting == null) {
      urgentWaiting = referralsWhere(filter -> {
        filter.setStatusIn(ReferralStatus.UNDECIDED);
        filter.setUrgency(Urgency.URGENT);
      }, ReferralSort.CREATED_AT, true);
    }
    return urgentWaiting;
  }

  /** The review queue: its size, and the referrals at its head (urgent first, then oldest). */
  public Attention<ReferralRow> getLongestWaiting() {
    if (longestWaiting == null) {
      longestWaiting = new Attention<>(referrals.reviewQueueSize(), referrals.reviewQueue(0, SHOWN));
    }
    return longestWaiting;
  }

  /** Offers to hosts past their answer date. */
  public Attention<OfferRow> getOverdueOffers() {
    if (overdueOffers == null) {
      overdueOffers = new Attention<>(board.overdueOffers(),
          board.waitingOffers().stream().filter(OfferRow::isOverdue).limit(SHOWN).toList());
    }
    return overdueOffers;
  }

  /** Complaints and feedback received and not yet taken up. */
  public Attention<ComplaintRow> getNewComplaints() {
    if (newComplaints == null) {
      ComplaintDesk.Filter received = new ComplaintDesk.Filter(null, ComplaintStatus.RECEIVED);
      newComplaints = new Attention<>(complaints.count(received), complaints.list(received, 0, SHOWN));
    }
    return newComplaints;
  }

  /** Quotas of the current period with at least {@value #NEARLY_USED_PERCENT}% of their slots held or used. */
  public Attention<QuotaRow> getQuotasNearlyUsed() {
    if (quotasNearlyUsed == null) {
      LocalDate today = LocalDate.now(clock);
      List<QuotaRow> full = quotas.all().stream()
          .filter(q -> !q.getPeriodEnd().isBefore(today))
          .filter(q -> q.getAllotted() > 0 && (q.getHeld() + q.getUsed()) * 100L >= NEARLY_USED_PERCENT * (long) q.getAllotted())
          .toList();
      quotasNearlyUsed = new Attention<>(full.size(), full.stream().limit(SHOWN).toList());
    }
    return quotasNearlyUsed;
  }

  /** A quota's slots held or used, in percent. */
  public long percentUsed(QuotaRow quota) {
    return quota.getAllotted() == 0 ? 0 : Math.round(100.0 * (quota.getHeld() + quota.getUsed()) / quota.getAllotted());
  }

  // the host

  /** Offers to the caller's organisation waiting for its answer. */
  public Attention<OfferRow> getOffersWaiting() {
    if (offersWaiting == null) {
      offersWaiting = new Attention<>(hostDesk.waitingOfferCount(), hostDesk.waitingOffers(SHOWN));
    }
    return offersWaiting;
  }

  /** The caller's relocations starting or ending in the next {@value #SOON_DAYS} days. */
  public List<RelocationRow> getArrivingOrEnding() {
    if (arrivingOrEnding == null) {
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      arrivingOrEnding = board.arrivingOrEnding(today, today.plusDays(SOON_DAYS));
    }
    return arrivingOrEnding;
  }

  public int getSoonDays() {
    return SOON_DAYS;
  }

  private Attention<ReferralRow> referralsWhere(java.util.function.Consumer<ReferralFilter> narrow, ReferralSort sort,
      boolean ascending) {
    ReferralFilter filter = new ReferralFilter();
    narrow.accept(filter);
    return new Attention<>(referrals.countForCaller(filter), referrals.listForCaller(filter, 0, SHOWN, sort, ascending));
  }
}
