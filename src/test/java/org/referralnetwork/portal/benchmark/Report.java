package org.referralnetwork.portal.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run, as Markdown for people and CSV for tools, with the targets beside them. */
final class Report {

  private final StringBuilder md = new StringBuilder();
  private final List<String> csv = new ArrayList<>(List.of("section,users,what,count,median_ms,p95_ms,per_second,value"));
  private final List<String> targets = new ArrayList<>();
  private final List<String> outbox = new ArrayList<>();
  private double startWithoutArchiveSeconds;
  private double coldStartSeconds;
  private boolean pagesHeader;
  private boolean slotsHeader;
  private boolean submissionsHeader;

  void machine(int cores, int referrals, long seed) {
    md.append("# Benchmark report\n\n")
        .append(String.format(Locale.ROOT, "Run %s on %d cores, %d referrals, seed %d.%n%n", Instant.now(), cores,
            referrals, seed));
  }

  void generated(NetworkGenerator.Generated generated, Network network, Duration total) {
    md.append(String.format(Locale.ROOT, "**Data:** %d organisations, %d users, %d referrals, %d history rows, %d messages,"
        + " %d quotas; generated in %d s (Keycloak and database).%n%n", network.organisationCount(), network.userCount(),
        generated.referrals(), generated.moves(), generated.messages(), generated.quotas(), total.toSeconds()));
    csv.add(String.format(Locale.ROOT, "generate,,referrals,%d,,,,%d", generated.referrals(), total.toSeconds()));
  }

  /** The first start of this WAR, which has no class archive yet and records one as it stops. */
  void startWithoutArchive(Duration took) {
    startWithoutArchiveSeconds = took.toMillis() / 1000.0;
    csv.add(String.format(Locale.ROOT, "start,,first start recording the class archive,,,,,%.1f",
        startWithoutArchiveSeconds));
  }

  double startWithoutArchiveSeconds() {
    return startWithoutArchiveSeconds;
  }

  void coldStart(Duration took) {
    coldStartSeconds = took.toMillis() / 1000.0;
    md.append(String.format(Locale.ROOT, "**Cold start** of the portal to ready (a new JVM; `/health/ready` answers 200):"
        + " %.1f s, %s.%n%n", coldStartSeconds, startWithoutArchiveSeconds > 0
            ? String.format(Locale.ROOT, "with the class archive that the first start of this WAR recorded (that start:"
                + " %.1f s, recording included)", startWithoutArchiveSeconds)
            : "without a class archive (a profiled run)"));
    csv.add(String.format(Locale.ROOT, "start,,cold start to ready,,,,,%.1f", coldStartSeconds));
    target("start to ready under 20 s", coldStartSeconds < 20, String.format(Locale.ROOT, "%.1f s", coldStartSeconds));
  }

  double coldStartSeconds() {
    return coldStartSeconds;
  }

  void sqlPerPage(String page, long statements) {
    md.append(String.format(Locale.ROOT, "**SQL statements** for the %s (one full page, fewest of five readings): %d.%n%n",
        page, statements));
    csv.add(String.format(Locale.ROOT, "sql,,%s,,,,,%d", page, statements));
    target("at most 5 SQL statements: " + page, statements <= 5, Long.toString(statements));
  }

  void pages(String role, int users, PageLoad.Result result) {
    if (!pagesHeader) {
      md.append("## Pages (response time at the client on loopback, each person with their own session)\n\n")
          .append("| who | people | request | count | median ms | p95 ms |\n|---|---|---|---|---|---|\n");
      pagesHeader = true;
    }
    for (Map.Entry<String, Latencies> entry : result.byName().entrySet()) {
      Latencies l = entry.getValue();
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.1f | %.1f |%n", role, users, entry.getKey(), l.count(),
          l.medianMillis(), l.p95Millis()));
      csv.add(String.format(Locale.ROOT, "pages,%d,%s,%d,%.2f,%.2f,,", users, entry.getKey(), l.count(), l.medianMillis(),
          l.p95Millis()));
      if (users == 8) {
        target("p95 under 100 ms at 8 people: " + entry.getKey(), l.p95Millis() < 100,
            String.format(Locale.ROOT, "%.1f ms", l.p95Millis()));
      }
    }
    md.append(String.format(Locale.ROOT, "| %s | %d | **all requests: %.1f per second**, %d errors %s | | | |%n", role,
        users, result.throughput(), result.errorCount(), result.errors().isEmpty() ? "" : result.errors()));
    csv.add(String.format(Locale.ROOT, "pages,%d,%s throughput,%d,,,%.2f,%d", users, role, result.requests(),
        result.throughput(), result.errorCount()));
  }

  /** The plain-JDBC ceiling's row; the portal's rows with this many clients follow it. */
  void ceiling(int clients, Submissions.Result ceiling, ServerWork ceilingWork) {
    if (!submissionsHeader) {
      md.append("\n## Submissions through the partner API beside the plain-JDBC ceiling\n\n")
          .append("Statements and rows per submission: the database server's counters over the timed run, the portal's")
          .append(" outbox included (it fans a submission out to every reviewer's notices and e-mails as it goes).")
          .append(" The ceiling inserts a submission's rows in one transaction, as the one-request way does.\n\n")
          .append("| clients | what | count | failed | median ms | p95 ms | per second | share of ceiling |"
              + " statements; rows written per submission |\n")
          .append("|---|---|---|---|---|---|---|---|---|\n");
      submissionsHeader = true;
    }
    row(clients, "plain JDBC, same rows", ceiling, "", ceilingWork);
  }

  void submissions(int clients, Submissions.Way way, Submissions.Result portal, ServerWork portalWork,
      Submissions.Result ceiling) {
    double ratio = portal.throughput() / ceiling.throughput();
    row(clients, "portal, " + way.label, portal, String.format(Locale.ROOT, "%.0f %%", 100 * ratio), portalWork);
    if (clients == 8 && way == Submissions.Way.ONE_REQUEST) {
      target("submission at least 25 % of the plain-JDBC ceiling (8 clients, one request and transaction each, as the"
          + " ceiling)", ratio >= 0.25, String.format(Locale.ROOT, "%.0f %%", 100 * ratio));
    }
  }

  private void row(int clients, String what, Submissions.Result r, String share, ServerWork work) {
    md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.1f | %.1f | %s | %s |%n", clients, what,
        r.count(), r.failed(), r.latencies().medianMillis(), r.latencies().p95Millis(), r.throughput(), share,
        work.perSubmission(r.count())));
    csv.add(String.format(Locale.ROOT, "submissions,%d,\"%s\",%d,%.2f,%.2f,%.2f,%s", clients, what, r.count(),
        r.latencies().medianMillis(), r.latencies().p95Millis(), r.throughput(), share.replace(" %", "")));
  }

  void slots(String what, int clients, Submissions.Slots slots) {
    if (!slotsHeader) {
      md.append("\n## Slot holds raced (half as many slots as attempts)\n\n")
          .append("| how | clients | attempts | held | refused or waitlisted | oversubscribed | ledger mismatches |"
              + " attempts per second |\n|---|---|---|---|---|---|---|---|\n");
      slotsHeader = true;
    }
    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.1f |%n", what, clients, slots.submitted(),
        slots.held(), slots.waitlisted(), slots.oversubscribed(), slots.ledgerMismatches(),
        slots.submitted() / slots.seconds()));
    csv.add(String.format(Locale.ROOT, "slots,%d,%s,%d,,,%.2f,%d", clients, what, slots.submitted(),
        slots.submitted() / slots.seconds(), slots.oversubscribed()));
    target("no oversubscription: " + what + ", " + clients + " clients",
        slots.oversubscribed() == 0 && slots.ledgerMismatches() == 0,
        slots.oversubscribed() + " over, " + slots.ledgerMismatches() + " mismatches");
  }

  /** How the outbox emptied after a run ({@code run}: its clients, or the warm-up and its length). */
  void outbox(String run, Submissions.Drain drain) {
    // a drain under a second is too short to rate (578 e-mails "in 0.0 s" read as a million a second)
    String perSecond = drain.seconds() < 1 ? "" : String.format(Locale.ROOT, "%.1f", drain.emailsPerSecond());
    outbox.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s%.1f | %s |", run, drain.eventsQueued(),
        drain.emailsQueued(), drain.emailsSent(), drain.emptied() ? "" : "not empty after ", drain.seconds(), perSecond));
    csv.add(String.format(Locale.ROOT, "outbox,\"%s\",notices e-mailed after the run,%d,,,%s,", run, drain.emailsSent(),
        perSecond));
  }

  void memory(Memory memory) {
    md.append(String.format(Locale.ROOT, "%n**Memory after the load:** resident set %d MB; heap used %.0f MB of %.0f MB;"
        + " live after a full collection %.0f MB, with %d JDBC statements still held.%n", memory.rssMegabytes(),
        memory.heapUsedMegabytes(), memory.heapMaxMegabytes(), memory.liveHeapMegabytes(), memory.statementsHeld()));
    csv.add(String.format(Locale.ROOT, "memory,,rss_mb,,,,,%d", memory.rssMegabytes()));
    csv.add(String.format(Locale.ROOT, "memory,,heap_used_mb,,,,,%.0f", memory.heapUsedMegabytes()));
    csv.add(String.format(Locale.ROOT, "memory,,heap_live_mb,,,,,%.0f", memory.liveHeapMegabytes()));
    csv.add(String.format(Locale.ROOT, "memory,,statements_held,,,,,%d", memory.statementsHeld()));
  }

  private void target(String what, boolean met, String figure) {
    targets.add("| " + what + " | " + figure + " | " + (met ? "met" : "**missed**") + " |");
  }

  private String outboxSection() {
    if (outbox.isEmpty()) {
      return "";
    }
    return "\n## The outbox after each submission run (notices for the bell, then e-mails: what waits for a person"
        + " goes in one letter)\n\n"
        + "| run (clients) | events left | notices to e-mail left | notices e-mailed until empty | seconds | notices e-mailed"
        + " per second |\n"
        + "|---|---|---|---|---|---|\n" + String.join("\n", outbox) + "\n";
  }

  void write(Path folder) throws IOException {
    String text = md + outboxSection() + "\n## Targets\n\n| target | measured | |\n|---|---|---|\n" + String.join("\n", targets) + "\n";
    Files.writeString(folder.resolve("report.md"), text, StandardCharsets.UTF_8);
    Files.write(folder.resolve("results.csv"), csv, StandardCharsets.UTF_8);
  }
}
