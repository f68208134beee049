package org.referralnetwork.portal.hosting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.hosting.entity.HostingRequest;
import org.referralnetwork.portal.hosting.entity.RelocationOffer;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.notification.control.Outbox;

/**
 * The secretariat's side of hosting: offering an accepted relocation referral to one host, and
 * taking an offer back (for example when the host has not answered in time).
 */
@ApplicationScoped
public class Offers {

  static final int MAX_NOTE = 2000;

  @Inject
  @ConfigProperty(name = "portal.offer-answer-days", defaultValue = "7")
  int answerDays;

  @Inject HostDirectory hosts;
  @Inject Outbox outbox;
  @PersistenceContext EntityManager em;

  /** Offers the referral to the host; the host sees the defender's name only with the defender's consent to share. */
  public RelocationOffer offer(Referral referral, String hostId, HostingRequest request, String by, Instant now) {
    List<String> problems = problemsOf(request, LocalDate.ofInstant(now, ZoneOffset.UTC));
    if (hostId == null || hosts.profile(hostId).isEmpty()) {
      problems.add("offer.hostRequired");
    }
    if (!problems.isEmpty()) {
      throw new HostingRefusedException(problems);
    }
    referral.apply(Transition.OFFER_TO_HOST, by, null, now);
    boolean shareIdentity = referral.isConsentGiven() && referral.getConfidentiality() == Confidentiality.MAY_BE_SHARED;
    RelocationOffer offer = new RelocationOffer(referral, em.find(Organisation.class, hostId), normalised(request),
        shareIdentity, by, now, now.plus(Duration.ofDays(answerDays)));
    em.persist(offer);
    em.flush();
    outbox.referralMoved(referral, Transition.OFFER_TO_HOST, hostId);
    return offer;
  }

  /** Takes back the offer waiting for an answer, with a reason; the referral can be offered to another host. */
  public void withdraw(Referral referral, String reason, String by, Instant now) {
    RelocationOffer offer = open(referral.getId()).orElseThrow(() -> new HostingRefusedException("offer.noneOpen"));
    if (reason == null || reason.isBlank()) {
      throw new HostingRefusedException("referral.reasonRequired");
    }
    offer.withdraw(by, reason.strip(), now);
    referral.apply(Transition.WITHDRAW_OFFER, by, reason, now);
    em.flush();
  }

  /** The offer of this referral waiting for an answer, locked for the caller's transaction. */
  public Optional<RelocationOffer> open(long referralId) {
    return em.createQuery("SELECT o FROM RelocationOffer o WHERE o.openReferralId = :referral", RelocationOffer.class)
        .setParameter("referral", referralId)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public static List<String> problemsOf(HostingRequest request, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (request.wantedStart() == null) {
      problems.add("offer.startRequired");
    } else if (request.wantedStart().isBefore(today)) {
      problems.add("relocation.startInPast");
    }
    if (request.months() < 1 || request.months() > RelocationDates.MAX_MONTHS) {
      problems.add("offer.months");
    }
    if (request.language() == null) {
      problems.add("offer.languageRequired");
    }
    if (request.note() != null && request.note().length() > MAX_NOTE) {
      problems.add("offer.noteTooLong");
    }
    return problems;
  }

  private static HostingRequest normalised(HostingRequest request) {
    String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    return new HostingRequest(request.wantedStart(), request.months(), request.language(), request.needs(),
        request.genderSensitive(), request.accessible(), note);
  }
}
