package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;
import org.referralnetwork.portal.testing.Deployments;

/** In the container, against the real database: a scoped read never returns another organisation's row. */
@ExtendWith(ArquillianExtension.class)
class ReferralRepositoryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner();
  }

  @Inject ReferralRepository repository;
  @Inject DataKeys dataKeys;
  @Inject DefenderIdentities identities;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction transaction;

  private String orgA;
  private String orgB;

  @BeforeEach
  void twoOrganisationsWithReferrals() throws Exception {
    orgA = UUID.randomUUID().toString();
    orgB = UUID.randomUUID().toString();
    transaction.begin();
    Organisation a = organisation(orgA, "Alpha");
    Organisation b = organisation(orgB, "Beta");
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 12; i++) {
      referral(a, "A-defender-" + (char) ('a' + i), start.plusSeconds(i));
    }
    for (int i = 0; i < 3; i++) {
      referral(b, "B-warden-" + i, start.plusSeconds(100 + i));
    }
    transaction.commit();
  }

  @Test
  void anOrganisationSeesOnlyItsOwnReferralsOnEveryPage() throws Exception {
    transaction.begin();
    OrganisationScope scope = OrganisationScope.of(orgA);
    assertEquals(12, repository.count(scope));
    List<Referral> firstPage = repository.page(scope, 0, 10, ReferralSort.CREATED_AT, false);
    List<Referral> secondPage = repository.page(scope, 10, 10, ReferralSort.CREATED_AT, false);
    assertEquals(10, firstPage.size());
    assertEquals(2, secondPage.size());
    for (Referral referral : concat(firstPage, secondPage)) {
      assertEquals(orgA, referral.getOrganisation().getId());
      assertTrue(referral.getDefender().getNameOrAlias().startsWith("A-"));
    }
    transaction.commit();
  }

  @Test
  void theOtherOrganisationSeesOnlyItsOwnToo() throws Exception {
    transaction.begin();
    List<Referral> rows = repository.page(OrganisationScope.of(orgB), 0, 50, ReferralSort.CREATED_AT, true);
    assertEquals(List.of("B-warden-0", "B-warden-1", "B-warden-2"), names(rows));
    transaction.commit();
  }

  @Test
  void anUnknownOrganisationSeesNothing() throws Exception {
    transaction.begin();
    OrganisationScope stranger = OrganisationScope.of(UUID.randomUUID().toString());
    assertEquals(0, repository.count(stranger));
    assertTrue(repository.page(stranger, 0, 50, ReferralSort.CREATED_AT, false).isEmpty());
    transaction.commit();
  }

  @Test
  void theSecretariatScopeSeesBothOrganisationsSubmittedReferralsButNoDraft() throws Exception {
    transaction.begin();
    List<Referral> all = repository.page(OrganisationScope.all(), 0, 1000, ReferralSort.CREATED_AT, true);
    assertTrue(all.stream().noneMatch(r -> r.getOrganisation().getId().equals(orgA) || r.getOrganisation().getId().equals(orgB)),
        "a draft is its organisation's own");
    Referral ofA = repository.page(OrganisationScope.of(orgA), 0, 1, ReferralSort.CREATED_AT, true).get(0);
    Referral ofB = repository.page(OrganisationScope.of(orgB), 0, 1, ReferralSort.CREATED_AT, true).get(0);
    ofA.apply(Transition.SUBMIT, "test", null, Instant.now());
    ofB.apply(Transition.SUBMIT, "test", null, Instant.now());
    em.flush();
    all = repository.page(OrganisationScope.all(), 0, 1000, ReferralSort.CREATED_AT, true);
    assertTrue(all.stream().anyMatch(r -> r.getId().equals(ofA.getId())));
    assertTrue(all.stream().anyMatch(r -> r.getId().equals(ofB.getId())));
    assertTrue(all.stream().noneMatch(r -> r.getStatus() == ReferralStatus.DRAFT));
    assertTrue(repository.find(OrganisationScope.all(), ofA.getId()).isPresent());
    transaction.rollback();
  }

  @Test
  void sortingHappensInTheDatabaseAcrossPages() throws Exception {
    transaction.begin();
    OrganisationScope scope = OrganisationScope.of(orgA);
    // created one second apart in the order of their names
    List<String> ascending = names(concat(
        repository.page(scope, 0, 5, ReferralSort.CREATED_AT, true),
        repository.page(scope, 5, 10, ReferralSort.CREATED_AT, true)));
    List<String> expected = ascending.stream().sorted().toList();
    assertEquals(expected, ascending);
    assertEquals("A-defender-l", names(repository.page(scope, 0, 1, ReferralSort.CREATED_AT, false)).get(0));
    transaction.commit();
  }

  @Test
  void theReviewQueueIsUrgentFirstThenOldestAndHoldsOnlyUndecidedReferrals() throws Exception {
    transaction.begin();
    List<Referral> mine = repository.page(OrganisationScope.of(orgA), 0, 5, ReferralSort.CREATED_AT, true);
    long before = repository.reviewQueueSize();
    Instant t = Instant.parse("2026-02-01T00:00:00Z");
    // as decisions leave them; the database ranks them (V16)
    queued(mine.get(0), "SUBMITTED", "ROUTINE", t);
    queued(mine.get(1), "UNDER_REVIEW", "URGENT", t.plusSeconds(2));
    queued(mine.get(2), "INFORMATION_REQUESTED", "HIGH", t.plusSeconds(1));
    queued(mine.get(3), "SUBMITTED", "URGENT", t.plusSeconds(1));
    queued(mine.get(4), "ACCEPTED", "URGENT", t);
    List<Long> order = repository.reviewQueue(0, 100_000).stream().map(Referral::getId)
        .filter(id -> mine.stream().anyMatch(r -> r.getId().equals(id))).toList();
    assertEquals(List.of(mine.get(3).getId(), mine.get(1).getId(), mine.get(2).getId(), mine.get(0).getId()), order);
    assertEquals(before + 4, repository.reviewQueueSize());
    transaction.rollback();
  }

  private void queued(Referral referral, String status, String urgency, Instant submittedAt) {
    em.createNativeQuery("UPDATE referral SET status = ?1, urgency = ?2, submitted_at = ?3 WHERE id = ?4")
        .setParameter(1, status)
        .setParameter(2, urgency)
        .setParameter(3, java.sql.Timestamp.from(submittedAt))
        .setParameter(4, referral.getId())
        .executeUpdate();
  }

  @Test
  void filtersNarrowTheListButNeverWidenTheScope() throws Exception {
    transaction.begin();
    OrganisationScope scope = OrganisationScope.of(orgA);
    assertEquals(0, repository.count(scope, filter(f -> f.setText("warden"))), "another organisation's names are not found");
    assertEquals(3, repository.count(OrganisationScope.of(orgB), filter(f -> f.setText("warden"))));
    // names are sealed: whole words are found through their keyed hashes, spelling-tolerant
    assertEquals(1, repository.count(scope, filter(f -> f.setText("a-DEFENDER-d"))));
    assertEquals(1, repository.count(scope, filter(f -> f.setText("defendar D"))), "another spelling, another order");
    assertEquals(12, repository.count(scope, filter(f -> f.setText("Defender"))));
    assertEquals(0, repository.count(scope, filter(f -> f.setText("defen"))), "a part of a word is not a word");
    assertEquals(12, repository.count(scope, filter(f -> f.setStatus(ReferralStatus.DRAFT))));
    assertEquals(0, repository.count(scope, filter(f -> f.setProgramme(Programme.CANADA_STREAM))));
    assertEquals(12, repository.count(scope, filter(f -> {
      f.setFrom(java.time.LocalDate.parse("2026-01-01"));
      f.setTo(java.time.LocalDate.parse("2026-01-01"));
    })));
    assertEquals(0, repository.count(scope, filter(f -> f.setFrom(java.time.LocalDate.parse("2026-01-02")))));
    Referral one = repository.page(scope, 0, 1, ReferralSort.CREATED_AT, true).get(0);
    List<Referral> byReference = repository.page(scope, filter(f -> f.setText(String.format("R-%06d", one.getId()))), 0, 10,
        ReferralSort.CREATED_AT, true);
    assertEquals(List.of(one.getId()), byReference.stream().map(Referral::getId).toList());
    transaction.commit();
  }

  private static ReferralFilter filter(java.util.function.Consumer<ReferralFilter> setting) {
    ReferralFilter filter = new ReferralFilter();
    setting.accept(filter);
    return filter;
  }

  private Organisation organisation(String id, String name) {
    Organisation organisation =
        new Organisation(id, name.toLowerCase(), name, EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), Instant.now());
    em.persist(organisation);
    return organisation;
  }

  private void referral(Organisation organisation, String name, Instant at) {
    Defender defender = new Defender(organisation, dataKeys.create(), name, "SY");
    identities.identify(defender, name, "SY");
    repository.add(
        Referral.draft(
            organisation,
            defender,
            Programme.EMERGENCY_GRANT,
            Urgency.ROUTINE,
            RequestLanguage.EN,
            "test",
            at));
  }

  private static List<String> names(List<Referral> referrals) {
    return referrals.stream().map(r -> r.getDefender().getNameOrAlias()).toList();
  }

  private static List<Referral> concat(List<Referral> first, List<Referral> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
