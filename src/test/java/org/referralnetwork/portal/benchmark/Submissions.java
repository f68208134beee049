package org.referralnetwork.portal.benchmark;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.referralnetwork.portal.testing.PartnerApiClient;

/**
 * Referrals submitted end to end through the partner API, as a partner's case system does: create
 * (validation, sealing, audit) and submit (programme rules, one-request check, slot hold, history,
 * audit, the notification outbox), in one request ({@code POST /referrals?submit=true}, one
 * transaction, as the ceiling's) or in two (create, then submit).
 */
final class Submissions {

  /** How a partner's system submits. */
  enum Way {
    ONE_REQUEST("one request (create and submit)"),
    TWO_REQUESTS("two requests (create, then submit)");

    final String label;

    Way(String label) {
      this.label = label;
    }
  }

  /** Submissions made in a run: how many, how fast. */
  record Result(int count, int failed, Latencies latencies, double seconds) {
    double throughput() {
      return count / seconds;
    }
  }

  /** Slot holds raced on one quota: what the quota and its referrals say afterwards. */
  record Slots(int submitted, int held, int waitlisted, long oversubscribed, long ledgerMismatches, double seconds) {}

  private static final String GRANT = """
      {"programme": "EMERGENCY_GRANT", "urgency": "HIGH", "language": "EN", "nameOrAlias": "Bench Defender %s",
       "countryCode": "SY", "humanRightsWork": "Documents detentions.", "riskSituation": "Threatened after a report.",
       "safeContact": "Signal via the partner", "measures": ["LEGAL_AID"], "amountEur": 1500, "consentGiven": true}
      """;
  private static final String RELOCATION = """
      {"programme": "TEMPORARY_RELOCATION", "urgency": "URGENT", "language": "EN", "nameOrAlias": "Bench Traveller %s",
       "countryCode": "YE", "humanRightsWork": "Reports on detentions.", "riskSituation": "Followed and threatened.",
       "safeContact": "Signal via the partner", "measures": ["REST_AND_RESPITE"], "relocationMonths": 6,
       "consentGiven": true}
      """;

  private static final AtomicLong NAMES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final PartnerApiClient api;
  private Latencies creations = new Latencies();

  Submissions(URL portal) throws Exception {
    this.api = new PartnerApiClient(portal);
  }

  /** Emergency grants from {@code clients} parallel connections for the duration, submitted the given way. */
  Result grants(int clients, Duration duration, Way way) throws Exception {
    String token = api.token("api-partner-a", "demo-api-partner-a-secret");
    Latencies latencies = new Latencies();
    creations = new Latencies();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    parallel(clients, () -> {
      while (System.nanoTime() < end) {
        long t0 = System.nanoTime();
        if (submit(token, GRANT, way)) {
          latencies.add(System.nanoTime() - t0);
          done.incrementAndGet();
        } else {
          failed.incrementAndGet();
        }
      }
    });
    return new Result(done.get(), failed.get(), latencies, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Alpha's relocation quota is given exactly {@code free} slots left, then {@code clients} parallel
   * connections submit twice as many relocation referrals: {@code free} must be held, the rest waitlisted.
   */
  Slots relocations(DataSource data, String alphaId, int clients, int free) throws Exception {
    long quota = leaveFree(data, alphaId, free);
    long firstNew;
    try (Connection c = data.getConnection()) {
      firstNew = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM referral");
    }
    String token = api.token("api-partner-a", "demo-api-partner-a-secret");
    AtomicInteger remaining = new AtomicInteger(2 * free);
    AtomicInteger submitted = new AtomicInteger();
    long start = System.nanoTime();
    parallel(clients, () -> {
      while (remaining.getAndDecrement() > 0) {
        if (submit(token, RELOCATION, Way.TWO_REQUESTS)) {
          submitted.incrementAndGet();
        }
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    try (Connection c = data.getConnection()) {
      long held = count(c, "SELECT COUNT(*) FROM referral_slot WHERE quota_id = ? AND state = 'HELD'"
          + " AND referral_id >= ?", quota, firstNew);
      long waitlisted = count(c, "SELECT COUNT(*) FROM referral_slot WHERE state = 'WAITLISTED' AND referral_id >= ?",
          firstNew);
      long over = count(c, "SELECT GREATEST(held + used - allotted, 0) FROM quota WHERE id = ?", quota);
      long mismatches = count(c, "SELECT COUNT(*) FROM quota q WHERE q.id = ? AND (q.allotted, q.held, q.used) <>"
          + " (SELECT SUM(allotted_delta), SUM(held_delta), SUM(used_delta) FROM slot_movement m WHERE m.quota_id = q.id)",
          quota);
      return new Slots(submitted.get(), (int) held, (int) waitlisted, over, mismatches, seconds);
    }
  }

  private boolean submit(String token, String template, Way way) throws Exception {
    long t0 = System.nanoTime();
    String body = template.formatted(uniqueName());
    if (way == Way.ONE_REQUEST) {
      HttpResponse<String> submitted = api.post(api.api() + "/referrals?submit=true", token, body,
          UUID.randomUUID().toString());
      return submitted.statusCode() == 201 && PartnerApiClient.json(submitted).getString("status").equals("SUBMITTED");
    }
    HttpResponse<String> created = api.post(api.api() + "/referrals", token, body, UUID.randomUUID().toString());
    if (created.statusCode() != 201) {
      return false;
    }
    creations.add(System.nanoTime() - t0);
    long id = PartnerApiClient.json(created).getJsonNumber("id").longValue();
    return api.post(api.api() + "/referrals/" + id + "/submit", token, "", null).statusCode() == 200;
  }

  /** The creation's share of a submission's time in two requests (the rest is the submit). */
  Latencies creations() {
    return creations;
  }

  /**
   * A name no other submission of the run has. The one-request rule compares names by a
   * spelling-tolerant skeleton (inner vowels dropped, doubled letters merged, look-alike
   * consonants equal), so the number is written in consonants that no rule merges, from two sets
   * taken in turn so that no two neighbours are the same, each followed by an "a".
   */
  private static String uniqueName() {
    return nameFor(NAMES.incrementAndGet());
  }

  static String nameFor(long n) {
    String[] consonants = {"bdfg", "lmnr"};
    StringBuilder word = new StringBuilder();
    long rest = n;
    for (int digit = 0; digit < 15; digit++, rest /= 4) {
      word.append(consonants[digit % 2].charAt((int) (rest % 4))).append('a');
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Raises or lowers the quota's allotment so that exactly {@code free} slots are left, with its ledger line. */
  private static long leaveFree(DataSource data, String organisationId, int free) throws Exception {
    try (Connection c = data.getConnection()) {
      long quota = count(c, "SELECT id FROM quota WHERE organisation_id = ? AND programme = 'TEMPORARY_RELOCATION'"
          + " AND CURRENT_DATE BETWEEN period_start AND period_end", organisationId);
      long delta = count(c, "SELECT held + used + " + free + " - allotted FROM quota WHERE id = ?", quota);
      try (PreparedStatement raise = c.prepareStatement("UPDATE quota SET allotted = allotted + ? WHERE id = ?");
          PreparedStatement ledger = c.prepareStatement("INSERT INTO slot_movement (quota_id, kind, allotted_delta,"
              + " held_delta, used_delta, moved_by, moved_at, reason) VALUES (?, ?, ?, 0, 0, 'bench-admin', NOW(6),"
              + " 'benchmark: slots left for the race')")) {
        raise.setLong(1, delta);
        raise.setLong(2, quota);
        raise.executeUpdate();
        ledger.setLong(1, quota);
        ledger.setString(2, delta >= 0 ? "RAISE" : "LOWER");
        ledger.setLong(3, delta);
        ledger.executeUpdate();
      }
      return quota;
    }
  }

  /** How the outbox emptied after a run: what was left to send when the run ended, and how fast it went. */
  record Drain(long eventsQueued, long emailsQueued, long emailsSent, double seconds, boolean emptied) {
    double emailsPerSecond() {
      return emailsSent / seconds;
    }
  }

  /**
   * Waits until the portal's outbox is empty (at most {@code max}), so that the next run does not
   * compete with this one's e-mails; counts the e-mails sent meanwhile.
   */
  static Drain awaitEmptyOutbox(DataSource data, Duration max) throws Exception {
    try (Connection c = data.getConnection()) {
      long events = queuedEvents(c);
      long emails = queuedEmails(c);
      long sentBefore = sentEmails(c);
      long start = System.nanoTime();
      long deadline = start + max.toNanos();
      boolean empty;
      // asked whether anything waits, not how much: counting a backlog of 100,000s every 200 ms
      // took a good part of the database's CPU from the sending it waits for
      while (!(empty = count(c, "SELECT (SELECT EXISTS (SELECT 1 " + EVENTS_QUEUED + "))"
          + " + (SELECT EXISTS (SELECT 1 " + EMAILS_QUEUED + "))") == 0) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long sent = sentEmails(c) - sentBefore;
      return new Drain(events, emails, sent, seconds, empty);
    }
  }

  private static long sentEmails(Connection c) throws Exception {
    return count(c, "SELECT COUNT(*) FROM notification WHERE email_state = 'SENT'");
  }

  private static final String EVENTS_QUEUED = "FROM notification_event WHERE state IN ('NEW', 'CLAIMED')";
  private static final String EMAILS_QUEUED = "FROM notification WHERE email_state IN ('PENDING', 'SENDING')";

  private static long queuedEvents(Connection c) throws Exception {
    return count(c, "SELECT COUNT(*) " + EVENTS_QUEUED);
  }

  private static long queuedEmails(Connection c) throws Exception {
    return count(c, "SELECT COUNT(*) " + EMAILS_QUEUED);
  }

  static long count(Connection c, String sql, Object... parameters) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  interface Work {
    void run() throws Exception;
  }

  static void parallel(int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(pool.submit(() -> {
          work.run();
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
