package org.referralnetwork.portal.hosting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.hosting.control.HostPlaces.Span;
import org.referralnetwork.portal.hosting.entity.OfferAnsweredException;
import org.referralnetwork.portal.hosting.entity.OfferState;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationOffer;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.notification.control.Outbox;

/**
 * The host's answer to an offer. Answers to the same offer, and acceptances by the same host, are
 * made one after the other (row locks), so two colleagues answering at once cannot both win and
 * two acceptances cannot both take the host's last place.
 */
@ApplicationScoped
public class OfferAnswers {

  /** More than the programme funds for a year; a typing slip, not a budget. */
  static final BigDecimal MAX_BUDGET = new BigDecimal("100000");

  @Inject HostDirectory hosts;
  @Inject Outbox outbox;
  @PersistenceContext EntityManager em;

  public Relocation accept(long offerId, String hostId, String by, LocalDate start, LocalDate end, BigDecimal budget,
      Instant now) {
    List<String> problems = new ArrayList<>(RelocationDates.problems(start, end, LocalDate.ofInstant(now, ZoneOffset.UTC)));
    if (budget == null || budget.signum() <= 0 || budget.compareTo(MAX_BUDGET) > 0) {
      problems.add("relocation.budgetInvalid");
    }
    if (!problems.isEmpty()) {
      throw new HostingRefusedException(problems);
    }
    hosts.lock(hostId);
    RelocationOffer offer = waiting(offerId, hostId);
    if (hosts.freePlaces(hostId, new Span(start, end)) < 1) {
      throw new HostingRefusedException("relocation.noPlace");
    }
    offer.accept(by, now);
    offer.getReferral().apply(Transition.HOST_ACCEPT, by, null, now);
    Relocation relocation = new Relocation(offer, start, end, budget);
    em.persist(relocation);
    em.flush();
    outbox.referralMoved(offer.getReferral(), Transition.HOST_ACCEPT);
    return relocation;
  }

  public void decline(long offerId, String hostId, String by, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new HostingRefusedException("referral.reasonRequired");
    }
    RelocationOffer offer = waiting(offerId, hostId);
    offer.decline(by, reason.strip(), now);
    offer.getReferral().apply(Transition.HOST_DECLINE, by, reason, now);
    em.flush();
    outbox.referralMoved(offer.getReferral(), Transition.HOST_DECLINE);
  }

  /** The host's offer, locked, if it still waits for an answer; another host's offer does not exist for it. */
  private RelocationOffer waiting(long offerId, String hostId) {
    RelocationOffer offer = em.find(RelocationOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
    if (offer == null || !offer.getHost().getId().equals(hostId)) {
      throw new HostingNotFoundException("offer.notFound");
    }
    em.refresh(offer, LockModeType.PESSIMISTIC_WRITE);
    if (offer.getState() != OfferState.OFFERED) {
      throw new OfferAnsweredException(offerId);
    }
    return offer;
  }
}
