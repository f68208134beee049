package org.referralnetwork.portal.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.Membership;
import org.referralnetwork.portal.testing.Deployments;

/**
 * In the container, against the real database: a new organisation's first requests often come
 * together (a case system's parallel API calls, two colleagues signing in), and every one of them
 * must get through and register the organisation once.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationRegistryIT {

  private static final int AT_ONCE = 8;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner();
  }

  @EJB OrganisationRegistry registry;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction transaction;

  @Test
  void theFirstRequestsOfANewOrganisationAllGetThroughTogether() throws Exception {
    String id = UUID.randomUUID().toString();
    Membership membership = new Membership(id, "new-" + id.substring(0, 8), "New Partner",
        EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER, OrganisationKind.RELOCATION_HOST));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService requests = Executors.newFixedThreadPool(AT_ONCE);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        done.add(requests.submit(() -> {
          start.await();
          registry.registerOrRefresh(membership);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> request : done) {
        request.get(); // throws what the request threw
      }
    } finally {
      requests.shutdownNow();
    }
    transaction.begin();
    try {
      assertEquals(1L, em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.id = :id")
          .setParameter("id", id).getSingleResult());
      Organisation registered = em.find(Organisation.class, id);
      assertEquals("New Partner", registered.getName());
      assertEquals(membership.kinds(), registered.getKinds());
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void aKnownOrganisationTakesWhatKeycloakHoldsNow() throws Exception {
    String id = UUID.randomUUID().toString();
    registry.registerOrRefresh(new Membership(id, "old-alias", "Old Name", EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER)));
    registry.registerOrRefresh(new Membership(id, "new-alias", "New Name", EnumSet.of(OrganisationKind.RELOCATION_HOST)));
    transaction.begin();
    try {
      Organisation refreshed = em.find(Organisation.class, id);
      assertEquals("new-alias", refreshed.getAlias());
      assertEquals("New Name", refreshed.getName());
      assertEquals(EnumSet.of(OrganisationKind.RELOCATION_HOST), refreshed.getKinds());
    } finally {
      transaction.rollback();
    }
  }
}
