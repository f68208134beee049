package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.Urgency;
import org.referralnetwork.portal.testing.Deployments;

/** The one-request rule against the real database, across organisations and under concurrency. */
@ExtendWith(ArquillianExtension.class)
class ReferralSubmissionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner().addClass(SubmissionProbe.class);
  }

  @Inject SubmissionProbe probe;
  @Inject DataKeys dataKeys;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction transaction;
  @Resource ManagedExecutorService executor;

  private Organisation alpha;
  private Organisation beta;
  /** A defender no other test uses, so the tests do not meet each other's open requests. */
  private String surname;

  @BeforeEach
  void twoOrganisations() throws Exception {
    surname = "Testova" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    transaction.begin();
    alpha = organisation("alpha");
    beta = organisation("beta");
    transaction.commit();
  }

  @Test
  void anotherOrganisationsOpenRequestBlocksTheSecondWithoutRevealingIt() throws Exception {
    long first = draft(alpha, "Maria " + surname);
    long second = draft(beta, "  MARÍA   " + surname.toUpperCase() + "  ");
    probe.submit(first);

    OpenRequestExistsException refused = openRequestRefusal(() -> probe.submit(second));
    assertNull(refused.getOwnReferralId(), "nothing of the other organisation's referral is told");
    assertEquals(ReferralStatus.SUBMITTED, statusOf(first));
    assertEquals(ReferralStatus.DRAFT, statusOf(second));
  }

  @Test
  void anOpenRequestOfTheSameOrganisationIsNamedSoTheReferrerCanChoose() throws Exception {
    long first = draft(alpha, "Maria " + surname);
    long second = draft(alpha, surname + " Maria");
    probe.submit(first);

    assertEquals(first, openRequestRefusal(() -> probe.submit(second)).getOwnReferralId());
  }

  @Test
  void aWithdrawnRequestNoLongerBlocksANewOne() throws Exception {
    long first = draft(alpha, "Maria " + surname);
    long second = draft(beta, "Maria " + surname);
    probe.submit(first);
    transaction.begin();
    em.find(Referral.class, first).apply(Transition.WITHDRAW, "alice", "the defender is safe", Instant.now());
    transaction.commit();

    probe.submit(second);
    assertEquals(ReferralStatus.SUBMITTED, statusOf(second));
  }

  @Test
  void ofManyConcurrentSubmissionsForOneDefenderExactlyOneWins() throws Exception {
    int submitters = 12;
    List<Long> drafts = new ArrayList<>();
    for (int i = 0; i < submitters; i++) {
      drafts.add(draft(i % 2 == 0 ? alpha : beta, i % 3 == 0 ? "Maria " + surname : surname + ", Maria"));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    for (long id : drafts) {
      outcomes.add(executor.submit(() -> {
        start.await();
        try {
          probe.submit(id);
          return true;
        } catch (OpenRequestExistsException | EJBException lost) {
          return false;
        }
      }));
    }
    start.countDown();
    int winners = 0;
    for (Future<Boolean> outcome : outcomes) {
      winners += outcome.get() ? 1 : 0;
    }

    assertEquals(1, winners);
    long submitted = drafts.stream().filter(id -> statusOf(id) == ReferralStatus.SUBMITTED).count();
    assertEquals(1, submitted, "exactly one referral is open for the defender");
    assertEquals(submitters - 1, drafts.stream().filter(id -> statusOf(id) == ReferralStatus.DRAFT).count(),
        "every other draft is kept, unchanged, as a draft");
  }

  @Test
  void aReferralBreakingTheProgrammeRulesIsNotSubmittedAndKeepsNoOpenIdentity() throws Exception {
    long tooMuch = draft(alpha, "Maria " + surname, new BigDecimal("25000"));
    ProgrammeRulesBrokenException broken = assertThrows(ProgrammeRulesBrokenException.class, () -> unwrap(() -> probe.submit(tooMuch)));
    assertEquals("rule.amount.emergencyMax", broken.getViolations().get(0).key());
    long fine = draft(beta, "Maria " + surname);
    probe.submit(fine);
    assertEquals(ReferralStatus.SUBMITTED, statusOf(fine));
  }

  private long draft(Organisation organisation, String name) throws Exception {
    return draft(organisation, name, new BigDecimal("3000"));
  }

  private long draft(Organisation organisation, String name, BigDecimal amount) throws Exception {
    transaction.begin();
    Organisation owner = em.find(Organisation.class, organisation.getId());
    Referral referral =
        Referral.draft(owner, new Defender(owner, dataKeys.create(), name, "RU"), Programme.EMERGENCY_GRANT, Urgency.URGENT, RequestLanguage.RU,
            "tester", Instant.now());
    referral.describe(new Referral.Details("threatened", Urgency.URGENT, RequestLanguage.RU,
        EnumSet.of(ProtectionMeasure.PHYSICAL_SECURITY), null, amount, null, 0, null, null, true,
        Confidentiality.CONFIDENTIAL, null));
    em.persist(referral);
    transaction.commit();
    return referral.getId();
  }

  private ReferralStatus statusOf(long id) {
    em.clear();
    return em.find(Referral.class, id).getStatus();
  }

  private Organisation organisation(String alias) {
    Organisation organisation = new Organisation(UUID.randomUUID().toString(), alias, alias,
        EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), Instant.now());
    em.persist(organisation);
    return organisation;
  }

  private static OpenRequestExistsException openRequestRefusal(Runnable submission) {
    return assertThrows(OpenRequestExistsException.class, () -> unwrap(submission::run));
  }

  /** Application exceptions arrive as themselves; anything else would arrive wrapped. */
  private static void unwrap(Runnable call) {
    try {
      call.run();
    } catch (EJBException wrapped) {
      Throwable cause = wrapped.getCause();
      throw cause instanceof RuntimeException runtime ? runtime : wrapped;
    }
  }
}
