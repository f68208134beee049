package org.referralnetwork.portal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.referralnetwork.portal.platform.JobRuns;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.PortalCluster;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * Scale-out: two portal instances in one cluster behind a load balancer with sticky sessions. The
 * instance serving a signed-in user dies in the middle of a form; her next request is served by
 * the other instance, with her sign-in and her form, and what she typed is saved.
 */
class ClusterFailoverIT {

  private static PortalCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    assumeTrue(PortalCluster.balancerInstalled(), "HAProxy is not installed here (apt-get install haproxy)");
    cluster = PortalCluster.start();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aUserKeepsHerSessionAndHerInputWhenHerInstanceDies() throws Exception {
    URL portal = cluster.url();
    String defender = "Failover Defender " + Long.toString(System.nanoTime() % 1_000_000, 36);
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.choose("draft:programme", "Emergency grant");
      alice.type("#draft\\:name", defender);
      alice.choose("draft:country", "Belarus");
      String serving = servingInstance(alice);

      cluster.kill(serving);
      alice.click("#draft\\:save");

      // saved by the other instance, without a new sign-in (that would have lost the form)
      try {
        alice.awaitText("Draft R-");
      } catch (TimeoutException notSaved) {
        throw new AssertionError("after the failover: " + alice.driver().getCurrentUrl() + " shows " + alice.bodyText(), notSaved);
      }
      assertNotEquals(serving, servingInstance(alice), "the balancer moved her to the other instance");
      assertTrue(alice.driver().getCurrentUrl().startsWith(portal + "referral"), alice.driver().getCurrentUrl());
      alice.click("#nav-referrals");
      assertTrue(alice.text("#referrals\\:table").contains(defender), "the draft is stored with what she typed");
    }
  }

  @Test
  void aDailyJobIsClaimedByOneInstanceOnly() throws Exception {
    String job = "cluster-check-" + System.nanoTime();
    LocalDate today = LocalDate.now();
    CountDownLatch together = new CountDownLatch(1);
    Callable<Boolean> claim =
        () -> {
          JobRuns runs = jobRunsOnTheSharedDatabase();
          together.await();
          return runs.claim(job, today);
        };
    ExecutorService twoInstances = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> claims = List.of(twoInstances.submit(claim), twoInstances.submit(claim));
      together.countDown();
      long winners = 0;
      for (Future<Boolean> won : claims) {
        winners += won.get() ? 1 : 0;
      }
      assertEquals(1, winners, "exactly one instance runs the day's job");
    } finally {
      twoInstances.shutdownNow();
    }
  }

  /** Which instance served the last response: the balancer's sticky cookie names it. */
  private static String servingInstance(Browser browser) {
    return browser.driver().manage().getCookieNamed("PORTAL_INSTANCE").getValue();
  }

  /** JobRuns as an instance has it (the container injects its data source; here the test does). */
  private static JobRuns jobRunsOnTheSharedDatabase() throws ReflectiveOperationException {
    JobRuns runs = new JobRuns();
    Field dataSource = JobRuns.class.getDeclaredField("dataSource");
    dataSource.setAccessible(true);
    dataSource.set(runs, TestDatabase.portalSchema());
    return runs;
  }
}
