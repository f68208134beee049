package org.referralnetwork.portal.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.referralnetwork.portal.benchmark.KeycloakSeeder.User;
import org.referralnetwork.portal.benchmark.NetworkGenerator.Partner;
import org.referralnetwork.portal.devenv.ChildProcess;
import org.referralnetwork.portal.devenv.Directories;
import org.referralnetwork.portal.devenv.EmbeddedDatabase;
import org.referralnetwork.portal.devenv.KeycloakServer;
import org.referralnetwork.portal.devenv.MasterKeyFile;
import org.referralnetwork.portal.devenv.PortalProcess;
import org.referralnetwork.portal.devenv.Ports;
import org.referralnetwork.portal.platform.SchemaMigration;
import org.referralnetwork.portal.protection.control.MasterKeyRing;
import org.referralnetwork.portal.testing.PortalSession;

/**
 * {@code mvn -Pbenchmark}: starts its own database and Keycloak under target/benchmarks, fills them
 * with the generated network, starts the portal (timing its cold start), measures, and writes the
 * report. Everything it started is stopped at the end, also on failure.
 */
public final class BenchmarkCommand {

  static final int ORGANISATIONS = 50;
  static final int USERS = 1_000;
  static final int[] CONCURRENCY = {1, 8, 32};
  private static final int[] SUBMISSION_CLIENTS = {1, 8};
  /** Long enough for the e-mails of a run of 8 clients at the sender's pace on 2 cores. */
  private static final Duration OUTBOX_WAIT = Duration.ofMinutes(10);

  private final Path basedir = Path.of(System.getProperty("portal.basedir", "."));
  private final Path work = basedir.resolve("target/benchmarks");
  private final int referrals = Integer.getInteger("benchmark.referrals", 100_000);
  private final long seed = Long.getLong("benchmark.seed", 2026L);
  private final Duration step = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15L));
  private final Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 240L));
  /** What to measure: all three by default; fewer to look at one part while changing it. */
  private final Set<String> parts = Set.of(System.getProperty("benchmark.parts", "pages,submissions,slots").split(","));
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Report report = new Report();

  public static void main(String[] args) throws Exception {
    BenchmarkCommand command = new BenchmarkCommand();
    try {
      command.run();
    } finally {
      command.stopAll();
    }
    System.exit(0);
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    Directories.deleteTree(work.resolve("db"));
    Directories.deleteTree(work.resolve("keycloak").resolve("keycloak-" + System.getProperty("keycloak.version")).resolve("data/h2"));
    Files.deleteIfExists(work.resolve("master-keys"));
    report.machine(Runtime.getRuntime().availableProcessors(), referrals, seed);

    say("Starting the database and Keycloak...");
    EmbeddedDatabase db = EmbeddedDatabase.startOrUseExternal(Ports.anyFree(), work.resolve("db"));
    started.push(db);
    // a mail server that takes every e-mail, as production has: notices are sent, not retried
    int mailPort = Ports.anyFree();
    started.push(MailSink.start(mailPort));
    KeycloakServer keycloak = KeycloakServer.start(basedir, work.resolve("keycloak"), Ports.anyFree(), mailPort,
        work.resolve("keycloak.log"));
    started.push(keycloak);
    Path keyFile = MasterKeyFile.ensure(work.resolve("master-keys"));
    MasterKeyRing ring = MasterKeyRing.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
    DataSource data = dataSource(db.url() + "&rewriteBatchedStatements=true", db.user(), db.password());
    SchemaMigration.flyway(data, () -> ring, name -> null).migrate();

    say("Generating the network (seed " + seed + ")...");
    KeycloakSeeder seeder = new KeycloakSeeder(keycloak.issuer());
    Network network = Network.create(seeder, seed, ORGANISATIONS, USERS);
    Instant t0 = Instant.now();
    network.register(data);
    NetworkGenerator.Generated generated;
    try (Connection c = data.getConnection()) {
      generated = new NetworkGenerator(seed, ring.current()).generate(c, network.partners(), referrals);
    }
    report.generated(generated, network, Duration.between(t0, Instant.now()));
    say("  " + generated.referrals() + " referrals, " + generated.moves() + " moves, " + generated.messages()
        + " messages, " + generated.quotas() + " quotas in " + generated.took().toSeconds() + " s");

    int port = Ports.anyFree();
    // the collector's log beside the report: what the heap held after each collection, and how often it marked
    List<String> settings = new ArrayList<>(List.of("-Dportal.api.requests-per-minute=1000000",
        "-Dportal.mail.host=127.0.0.1", "-Dportal.mail.port=" + mailPort,
        "-Xlog:gc:file=" + work.resolve("portal-gc.log") + ":uptime"));
    boolean profiled = Boolean.getBoolean("benchmark.profile");
    if (profiled) {
      // a Flight Recorder profile of the whole run, for `jfr print` or JDK Mission Control
      settings.add("-XX:FlightRecorderOptions=stackdepth=256");
      settings.add("-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("portal.jfr"));
    } else {
      say("Starting the portal once to record its class archive, as an image build would...");
      PortalProcess.forgetClassArchive(basedir);
      long recordingStart = System.nanoTime();
      try (ChildProcess recording =
          PortalProcess.start(basedir, db, keycloak, keyFile, port, settings, work.resolve("payara-recording.log"))) {
        recording.awaitHttp("http://127.0.0.1:" + port + "/health/ready", Duration.ofMinutes(5));
        report.startWithoutArchive(Duration.ofNanos(System.nanoTime() - recordingStart));
      }
      say("  ready after " + report.startWithoutArchiveSeconds() + " s (and recording); stopped");
    }

    say("Starting the portal (cold start" + (profiled ? ", profiled: without the class archive" : "") + ")...");
    long coldStart = System.nanoTime();
    ChildProcess portal = PortalProcess.start(basedir, db, keycloak, keyFile, port, settings, work.resolve("payara.log"));
    started.push(portal);
    URL url = new URL("http://127.0.0.1:" + port + "/");
    portal.awaitHttp(url + "health/ready", Duration.ofMinutes(5));
    report.coldStart(Duration.ofNanos(System.nanoTime() - coldStart));
    say("  ready after " + report.coldStartSeconds() + " s");

    System.setProperty("it.oidc.issuer", keycloak.issuer()); // where PartnerApiClient asks for tokens
    Submissions submissions = new Submissions(url);
    if (parts.contains("pages")) {
      say("Signing people in...");
      List<PortalSession> partners = signIn(url, network.partnerUsers());
      List<PortalSession> reviewers = signIn(url, network.reviewerUsers());

      say("Counting SQL statements per page...");
      SqlCounter sql = new SqlCounter(data);
      report.sqlPerPage("partner's referral list", sql.perRequest(() -> partners.get(0).get("referrals.xhtml")));
      report.sqlPerPage("secretariat's referral list", sql.perRequest(() -> reviewers.get(0).get("referrals.xhtml")));
      report.sqlPerPage("review queue", sql.perRequest(() -> reviewers.get(0).get("secretariat/review-queue.xhtml")));

      say("Warming up...");
      PageLoad.run(partners.subList(0, 2), Duration.ofSeconds(10), Rounds.PARTNER_LIST);
      PageLoad.run(reviewers.subList(0, 2), Duration.ofSeconds(10), Rounds.SECRETARIAT);

      for (int users : CONCURRENCY) {
        say("Pages with " + users + " concurrent people...");
        report.pages("partner", users, PageLoad.run(partners.subList(0, users), step, Rounds.PARTNER_LIST));
        report.pages("secretariat", users, PageLoad.run(reviewers.subList(0, users), step, Rounds.SECRETARIAT));
      }
    }
    if (parts.contains("submissions")) {
      // the ceiling first, on a quiet machine: after the portal's runs its outbox sends e-mails for minutes
      say("Submissions: the plain-JDBC ceiling, then the portal...");
      Map<Integer, Submissions.Result> ceilings = new TreeMap<>();
      Map<Integer, ServerWork> ceilingWork = new TreeMap<>();
      for (int clients : SUBMISSION_CLIENTS) {
        ServerWork before = ServerWork.of(data);
        ceilings.put(clients, JdbcCeiling.run(data, ring.current(), network.alphaId(), clients, step));
        ceilingWork.put(clients, ServerWork.of(data).since(before));
      }
      // warm-up: the API's path compiled by the JIT before it is timed, as in a portal that has run
      // for a while (after 30 s, the compiler threads still took 28 % of the portal's CPU in the
      // timed run with 8 clients; after 150 s, 12 %; after 240 s, 3 %)
      for (Submissions.Way way : Submissions.Way.values()) {
        submissions.grants(8, warmUp.dividedBy(Submissions.Way.values().length), way);
      }
      // the warm-up's backlog is a crisis burst's: hundreds of thousands of notices waiting at once
      say("  warmed up; the outbox is emptied before the timed runs...");
      report.outbox("warm-up (8, " + warmUp.toSeconds() + " s)", Submissions.awaitEmptyOutbox(data, OUTBOX_WAIT));
      for (int clients : SUBMISSION_CLIENTS) {
        report.ceiling(clients, ceilings.get(clients), ceilingWork.get(clients));
        for (Submissions.Way way : Submissions.Way.values()) {
          ServerWork before = ServerWork.of(data);
          Submissions.Result portalRun = submissions.grants(clients, step, way);
          ServerWork portalWork = ServerWork.of(data).since(before);
          say("  " + clients + " clients, " + way.label + ": median " + portalRun.latencies().medianMillis() + " ms"
              + (way == Submissions.Way.TWO_REQUESTS ? ", create alone " + submissions.creations().medianMillis() + " ms"
                  : "") + "; the outbox is emptied before the next run...");
          report.outbox(clients + ", " + way.label, Submissions.awaitEmptyOutbox(data, OUTBOX_WAIT));
          report.submissions(clients, way, portalRun, portalWork, ceilings.get(clients));
        }
      }
    }
    if (parts.contains("slots")) {
      say("Slot holds...");
      for (int clients : CONCURRENCY) {
        report.slots("one hot quota, through the API", clients, submissions.relocations(data, network.alphaId(), clients, 60));
        report.slots("one hot quota, ledger statement", clients, SlotRace.run(data, clients, 1, 2_000));
        report.slots("50 quotas, ledger statement", clients, SlotRace.run(data, clients, 50, 2_000));
      }
    }
    report.memory(Memory.of(portal.pid(), url));
    report.write(work);
    say("");
    System.out.println(Files.readString(work.resolve("report.md")));
    say("Report: " + work.resolve("report.md") + " and " + work.resolve("results.csv"));
  }

  private List<PortalSession> signIn(URL url, List<String> usernames) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("benchmark.parallel-sign-ins", 1));
    try {
      List<Future<PortalSession>> pending = new ArrayList<>();
      for (String username : usernames) {
        pending.add(pool.submit(() -> {
          PortalSession session = PortalSession.signIn(url, username);
          String list = session.get("referrals.xhtml").body();
          if (!list.contains("referrals:table")) {
            throw new IllegalStateException(username + " does not see the referral list: "
                + list.replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ").strip());
          }
          return session;
        }));
      }
      List<PortalSession> sessions = new ArrayList<>();
      for (Future<PortalSession> session : pending) {
        sessions.add(session.get());
      }
      return sessions;
    } finally {
      pool.shutdownNow();
    }
  }

  static DataSource dataSource(String url, String user, String password) {
    MysqlDataSource source = new MysqlDataSource();
    source.setUrl(url);
    source.setUser(user);
    source.setPassword(password);
    return source;
  }

  private void stopAll() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("  while stopping: " + e.getMessage());
      }
    }
  }

  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
