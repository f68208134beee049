package org.referralnetwork.portal.hosting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.hosting.entity.OfferAnsweredException;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.testing.Deployments;

/**
 * Offers, answers and relocations against the real database: each step as its own transaction,
 * as different people make them, and answers made at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class HostingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner().addClass(HostingProbe.class);
  }

  @Inject HostingProbe probe;
  @Resource ManagedThreadFactory threads;

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private String partner;
  private String host;
  private String otherHost;

  @BeforeEach
  void aPartnerAndTwoHosts() {
    partner = probe.organisation(OrganisationKind.CONSORTIUM_PARTNER);
    host = probe.organisation(OrganisationKind.RELOCATION_HOST);
    otherHost = probe.organisation(OrganisationKind.SHELTER_COPARTNER);
    probe.hostProfile(host, 1);
    probe.hostProfile(otherHost, 2);
  }

  @Test
  void anOfferAcceptedArrivedAndReturnedTakesTheHostsPlaceForItsDatesOnly() {
    long referral = probe.acceptedRelocation(partner);
    long offer = probe.offer(referral, host);
    assertEquals("HOST_OFFERED", status(referral));
    long relocation = probe.accept(offer, host, "hana", today.plusDays(7), today.plusMonths(6));
    assertEquals("HOST_ACCEPTED", status(referral));
    assertEquals("ACCEPTED", probe.text("SELECT state FROM relocation_offer WHERE id = ?1", offer));
    assertEquals(0, probe.freePlaces(host, today.plusDays(30), today.plusDays(40)), "the one place is taken");
    assertEquals(1, probe.freePlaces(host, today.plusMonths(6).plusDays(1), today.plusMonths(7)), "free after the stay");

    probe.arrive(relocation, host);
    assertEquals("RELOCATION_ACTIVE", status(referral));
    probe.recordReturn(relocation, host);
    assertEquals("RETURNED", status(referral));
    assertEquals(1, probe.freePlaces(host, today.plusDays(30), today.plusDays(40)), "the return frees the place");
    assertEquals("USED", slotState(referral), "a relocation that ran its course keeps its slot");
  }

  @Test
  void aDeclinedOfferIsOfferedToAnotherHostWhoAccepts() {
    long referral = probe.acceptedRelocation(partner);
    long first = probe.offer(referral, host);
    assertRefused("referral.reasonRequired", () -> probe.decline(first, host, "hana", "  "));
    probe.decline(first, host, "hana", "No Russian speaker this spring.");
    assertEquals("HOST_DECLINED", status(referral));
    assertEquals("No Russian speaker this spring.", probe.text("SELECT answer_reason FROM relocation_offer WHERE id = ?1", first));

    long second = probe.offer(referral, otherHost);
    probe.accept(second, otherHost, "sofia", today.plusDays(10), today.plusMonths(3));
    assertEquals("HOST_ACCEPTED", status(referral));
    assertEquals("2", probe.text("SELECT COUNT(*) FROM relocation_offer WHERE referral_id = ?1", referral));
  }

  @Test
  void aHostCannotAnswerAnotherHostsOffer() {
    long referral = probe.acceptedRelocation(partner);
    long offer = probe.offer(referral, host);
    assertRefused("offer.notFound", () -> probe.accept(offer, otherHost, "sofia", today.plusDays(7), today.plusMonths(2)));
    assertRefused("offer.notFound", () -> probe.decline(offer, otherHost, "sofia", "not ours"));
    assertEquals("HOST_OFFERED", status(referral), "nothing changed");
  }

  @Test
  void theDatesAndThePlacesAreChecked() {
    long referral = probe.acceptedRelocation(partner);
    long offer = probe.offer(referral, host);
    assertRefused("relocation.tooLong", () -> probe.accept(offer, host, "hana", today.plusDays(1), today.plusDays(1).plusMonths(12).plusDays(1)));
    assertRefused("relocation.startInPast", () -> probe.accept(offer, host, "hana", today.minusDays(1), today.plusMonths(2)));
    assertRefused("relocation.noPlace", () -> probe.accept(offer, host, "hana", today.plusMonths(13), today.plusMonths(15)),
        "the host declared no places that late");
    assertEquals("HOST_OFFERED", status(referral));
    assertEquals("OFFERED", probe.text("SELECT state FROM relocation_offer WHERE id = ?1", offer));
  }

  @Test
  void twoColleaguesAnsweringTheSameOfferAtOnceOneWins() throws Exception {
    String roomy = probe.organisation(OrganisationKind.RELOCATION_HOST);
    probe.hostProfile(roomy, 10); // a place for every round, so that only the race decides
    for (int round = 0; round < 5; round++) {
      long referral = probe.acceptedRelocation(partner);
      long offer = probe.offer(referral, roomy);
      List<Object> outcomes = atOnce(
          () -> probe.accept(offer, roomy, "sofia", today.plusDays(7), today.plusDays(20)),
          () -> {
            probe.decline(offer, roomy, "sven", "We are full.");
            return "declined";
          });
      long refused = outcomes.stream().filter(o -> o instanceof OfferAnsweredException).count();
      assertEquals(1, refused, "exactly one answer is refused: " + outcomes);
      boolean accepted = outcomes.stream().anyMatch(o -> o instanceof Long);
      assertEquals(accepted ? "ACCEPTED" : "DECLINED", probe.text("SELECT state FROM relocation_offer WHERE id = ?1", offer));
      assertEquals(accepted ? "HOST_ACCEPTED" : "HOST_DECLINED", status(referral), "the referral follows the winner");
      assertEquals(accepted ? "1" : "0", probe.text("SELECT COUNT(*) FROM relocation WHERE offer_id = ?1", offer));
    }
  }

  @Test
  void twoAcceptancesForTheHostsLastPlaceAtOnceOneWins() throws Exception {
    long first = probe.offer(probe.acceptedRelocation(partner), host);
    long second = probe.offer(probe.acceptedRelocation(partner), host);
    List<Object> outcomes = atOnce(
        () -> probe.accept(first, host, "hana", today.plusDays(7), today.plusMonths(3)),
        () -> probe.accept(second, host, "hugo", today.plusDays(14), today.plusMonths(2)));
    assertEquals(1, outcomes.stream().filter(o -> o instanceof Long).count(), "one relocation: " + outcomes);
    Object loser = outcomes.stream().filter(o -> !(o instanceof Long)).findFirst().orElseThrow();
    assertInstanceOf(HostingRefusedException.class, loser);
    assertEquals(List.of("relocation.noPlace"), ((HostingRefusedException) loser).getKeys());
    assertEquals("1", probe.text("SELECT COUNT(*) FROM relocation WHERE host_id = ?1", host), "never more than its places");
  }

  @Test
  void anEarlyEndFreesTheHostsPlaceAndGivesThePartnersSlotBack() {
    long referral = probe.acceptedRelocation(partner);
    long relocation = probe.accept(probe.offer(referral, host), host, "hana", today, today.plusMonths(6));
    probe.arrive(relocation, host);
    String usedBefore = probe.text("SELECT used FROM quota WHERE organisation_id = ?1", partner);
    assertRefused("relocation.textRequired", () -> probe.endEarly(relocation, host, ""));
    probe.endEarly(relocation, host, "Threats followed the defender to the host city.");
    assertEquals("ENDED_EARLY", status(referral));
    assertEquals("RELEASED", slotState(referral));
    assertEquals(Integer.parseInt(usedBefore) - 1,
        Integer.parseInt(probe.text("SELECT used FROM quota WHERE organisation_id = ?1", partner)));
    assertEquals(1, probe.freePlaces(host, today.plusDays(1), today.plusMonths(5)));
  }

  @Test
  void anUnansweredOfferCanBeWithdrawnAndTheReferralOfferedAgain() {
    long referral = probe.acceptedRelocation(partner);
    long offer = probe.offer(referral, host);
    assertRefused("offer.hostRequired", () -> probe.offer(referral, otherHost + "-unknown"));
    probe.withdraw(referral, "No answer after a week.");
    assertEquals("WITHDRAWN", probe.text("SELECT state FROM relocation_offer WHERE id = ?1", offer));
    assertEquals("HOST_DECLINED", status(referral));
    assertThrows(OfferAnsweredException.class, () -> probe.accept(offer, host, "hana", today.plusDays(7), today.plusMonths(2)),
        "a withdrawn offer can no longer be accepted");
    probe.offer(referral, otherHost);
    assertEquals("HOST_OFFERED", status(referral));
  }

  private String status(long referral) {
    return probe.text("SELECT status FROM referral WHERE id = ?1", referral);
  }

  private String slotState(long referral) {
    return probe.text("SELECT state FROM referral_slot WHERE referral_id = ?1", referral);
  }

  private static void assertRefused(String key, Runnable step) {
    assertRefused(key, step, "refused with " + key);
  }

  private static void assertRefused(String key, Runnable step, String why) {
    HostingRefusedException refused = assertThrows(HostingRefusedException.class, step::run, why);
    assertTrue(refused.getKeys().contains(key), why + ": " + refused.getKeys());
  }

  /** Runs both at the same moment; each outcome is the result or the exception it ended with. */
  private List<Object> atOnce(Callable<Object> one, Callable<Object> other) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2, threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<Object> task : List.of(one, other)) {
      futures.add(pool.submit(() -> {
        start.await();
        try {
          return task.call();
        } catch (EJBException wrapped) {
          return wrapped.getCause() == null ? wrapped : wrapped.getCause();
        } catch (RuntimeException refused) {
          return refused;
        }
      }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> future : futures) {
      try {
        outcomes.add(future.get(1, TimeUnit.MINUTES));
      } catch (ExecutionException failed) {
        outcomes.add(failed.getCause());
      }
    }
    pool.shutdown();
    return outcomes;
  }
}
