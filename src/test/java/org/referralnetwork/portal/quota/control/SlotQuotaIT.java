package org.referralnetwork.portal.quota.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.quota.entity.MovementKind;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;
import org.referralnetwork.portal.testing.Deployments;

/** A quota is never overspent, whatever the concurrency, and its figures are always its ledger's sums. */
@ExtendWith(ArquillianExtension.class)
class SlotQuotaIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner().addClass(SlotProbe.class);
  }

  @Inject SlotProbe probe;
  @Inject SlotLedger ledger;
  @Inject DataKeys dataKeys;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction transaction;
  @Resource ManagedThreadFactory threads;

  private Organisation partner;
  private long quotaId;

  @BeforeEach
  void aPartnerWithAQuotaOfThreeSlots() throws Exception {
    transaction.begin();
    partner = new Organisation(UUID.randomUUID().toString(), "p", "Partner", EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER),
        Instant.now());
    em.persist(partner);
    em.flush();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    quotaId = ledger.create(Programme.TEMPORARY_RELOCATION, partner.getId(), today.withDayOfYear(1),
        today.withDayOfYear(1).plusYears(1).minusDays(1), 3, "test", Instant.now(), "test allotment");
    transaction.commit();
  }

  @Test
  void fiftyThreadsSubmittingAndWithdrawingNeverOverspendAndTheLedgerAddsUp() throws Exception {
    int clients = 50;
    List<Long> drafts = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      drafts.add(relocationDraft("Defender " + UUID.randomUUID()));
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger worst = new AtomicInteger();
    AtomicInteger samples = new AtomicInteger();
    Thread watcher = threads.newThread(() -> {
      while (running.get()) {
        int[] f = probe.figures(quotaId);
        worst.accumulateAndGet(f[1] + f[2] - f[0], Math::max);
        samples.incrementAndGet();
      }
    });
    watcher.start();
    ExecutorService pool = Executors.newFixedThreadPool(clients, threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      long id = drafts.get(i);
      boolean withdraws = i % 2 == 0;
      done.add(pool.submit(() -> {
        start.await();
        probe.submit(id);
        if (withdraws) {
          probe.withdraw(id);
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> each : done) {
      each.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    running.set(false);
    watcher.join();

    assertTrue(samples.get() > 0);
    assertTrue(worst.get() <= 0, "held + used exceeded the allotment by " + worst.get() + " at some moment");
    transaction.begin();
    assertTrue(ledger.mismatches().isEmpty(), "every quota's figures are the sums of its ledger");
    int[] f = probe.figures(quotaId);
    assertEquals(3, f[0]);
    long heldRows = count("SELECT COALESCE(SUM(s.slots), 0) FROM referral_slot s WHERE s.quota_id = ?1 AND s.state = 'HELD'");
    assertEquals(f[1], heldRows, "the quota's held figure counts exactly the referrals holding slots");
    assertEquals(clients, count("SELECT COUNT(*) FROM referral_slot s JOIN referral r ON r.id = s.referral_id"
        + " WHERE r.organisation_id = ?2"), "every referral has exactly one slot record: none lost, none doubled");
    assertEquals(0, count("SELECT COUNT(*) FROM referral_slot s JOIN referral r ON r.id = s.referral_id"
        + " WHERE r.organisation_id = ?2 AND r.status = 'WITHDRAWN' AND s.state <> 'RELEASED'"));
    transaction.commit();
    for (long id : drafts) {
      ReferralStatus status = statusOf(id);
      assertTrue(status == ReferralStatus.SUBMITTED || status == ReferralStatus.WITHDRAWN, "referral " + id + " is " + status);
    }
  }

  @Test
  void aQuotaCannotBeLoweredBelowWhatIsHeldAndUsed() throws Exception {
    long first = relocationDraft("Defender " + UUID.randomUUID());
    long second = relocationDraft("Defender " + UUID.randomUUID());
    probe.submit(first);
    probe.submit(second);
    transaction.begin();
    assertFalse(ledger.lower(quotaId, 2, MovementKind.LOWER, "test", Instant.now(), "too far"));
    assertTrue(ledger.lower(quotaId, 1, MovementKind.LOWER, "test", Instant.now(), "one back"));
    transaction.commit();
    assertEquals(2, probe.figures(quotaId)[0]);
    assertEquals(2, probe.figures(quotaId)[1]);
  }

  @Test
  void whenNoSlotIsLeftTheReferralWaitsAndAReleasedSlotGoesToTheWaitlistFirst() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(relocationDraft("Defender " + UUID.randomUUID()));
      probe.submit(ids.get(i));
    }
    assertEquals("WAITLISTED", slotState(ids.get(3)));
    probe.withdraw(ids.get(0));
    transaction.begin();
    assertTrue(ledger.overlaps(Programme.TEMPORARY_RELOCATION, partner.getId(), LocalDate.now(ZoneOffset.UTC),
        LocalDate.now(ZoneOffset.UTC), null), "an overlapping quota is recognised");
    transaction.commit();
    assertEquals(3, probe.figures(quotaId)[0]);
    assertEquals(2, probe.figures(quotaId)[1]);
    assertEquals("WAITLISTED", slotState(ids.get(3)), "the secretariat confirms before the waitlist gets the slot");
  }

  private String slotState(long referralId) {
    return (String) em.createNativeQuery("SELECT state FROM referral_slot WHERE referral_id = ?1")
        .setParameter(1, referralId).getSingleResult();
  }

  private long count(String sql) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    if (sql.contains("?1")) {
      query.setParameter(1, quotaId);
    }
    if (sql.contains("?2")) {
      query.setParameter(2, partner.getId());
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private ReferralStatus statusOf(long id) {
    em.clear();
    return em.find(Referral.class, id).getStatus();
  }

  private long relocationDraft(String name) throws Exception {
    transaction.begin();
    Organisation owner = em.find(Organisation.class, partner.getId());
    Referral referral = Referral.draft(owner, new Defender(owner, dataKeys.create(), name, "BY"), Programme.TEMPORARY_RELOCATION,
        Urgency.HIGH, RequestLanguage.RU, "tester", Instant.now());
    referral.describe(new Referral.Details("risk", Urgency.HIGH, RequestLanguage.RU,
        EnumSet.of(ProtectionMeasure.REST_AND_RESPITE), null, null, 6, 0, null, null, true, Confidentiality.CONFIDENTIAL, null));
    em.persist(referral);
    transaction.commit();
    return referral.getId();
  }
}
