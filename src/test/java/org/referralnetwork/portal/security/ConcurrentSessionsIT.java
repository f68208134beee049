package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PortalSession;

/**
 * Many signed-in people at once, each in their own session: every page they are allowed must open,
 * every time. Payara 6 loses a request's roles now and then under such load when they are asked
 * of the container (payara/Payara#6145); the portal reads them from the person's own tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSessionsIT {

  private static final int SESSIONS_PER_PERSON = 4;
  private static final int REQUESTS_PER_SESSION = 60;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void signedInPeopleWorkingAtOnceAreNeverRefusedTheirOwnList() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    List<PortalSession> sessions = new ArrayList<>();
    for (String person : List.of("alice", "bruno")) {
      for (int i = 0; i < SESSIONS_PER_PERSON; i++) {
        sessions.add(PortalSession.signIn(portal, person));
      }
    }
    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    AtomicInteger answered = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (PortalSession session : sessions) {
        running.add(pool.submit(() -> {
          for (int i = 0; i < REQUESTS_PER_SESSION; i++) {
            HttpResponse<String> list = session.get("referrals.xhtml");
            answered.incrementAndGet();
            if (list.statusCode() != 200 || !list.body().contains("referrals:table")) {
              failures.computeIfAbsent("status " + list.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> person : running) {
        person.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(sessions.size() * REQUESTS_PER_SESSION, answered.get());
    assertEquals(Map.of().toString(), failures.toString(), "refused or failed lists among " + answered + " requests");
  }
}
