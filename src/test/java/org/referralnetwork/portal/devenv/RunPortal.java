package org.referralnetwork.portal.devenv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The README's run command ({@code mvn -Prun}): starts the database, Keycloak and the portal on
 * 127.0.0.1, waits until all three answer, prints the URL and the demo logins, and stops all three
 * on Ctrl-C. Whatever fails to start is named, and what had started is stopped again.
 */
public final class RunPortal {

  private static final int DB_PORT = intFromEnv("PORTAL_DB_PORT", 3316);
  private static final int KEYCLOAK_PORT = intFromEnv("PORTAL_KEYCLOAK_PORT", 8180);
  private static final int PORTAL_PORT = intFromEnv("PORTAL_PORT", 8080);
  private static final int SMTP_PORT = intFromEnv("PORTAL_SMTP_PORT", 3025);
  /** The client secret of the demo realm in keycloak/: for the local run only. */
  private static final String DEMO_CLIENT_SECRET = "demo-portal-secret";
  /** The key of the defenders' identity hashes in the local run only (base64 of a demo text). */
  public static final String DEMO_IDENTITY_KEY = "ZGVtby1vbmx5LWlkZW50aXR5LWtleS1mb3ItbG9jYWwtcnVucw==";

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private volatile boolean stopping;

  public static void main(String[] args) throws Exception {
    RunPortal run = new RunPortal();
    Runtime.getRuntime().addShutdownHook(new Thread(run::stopAll, "stop-portal"));
    try {
      ChildProcess portal = run.startAll(Path.of(System.getProperty("portal.basedir", ".")));
      portal.awaitExit();
      if (run.stopping) {
        return; // Ctrl-C: the shutdown hook is stopping everything
      }
      System.err.println("The portal stopped by itself; see " + portal.log());
    } catch (Exception failed) {
      System.err.println();
      System.err.println("Could not start the portal: " + failed.getMessage());
      run.stopAll();
    }
    System.exit(1);
  }

  private ChildProcess startAll(Path basedir) throws Exception {
    boolean externalDb = System.getenv("DB_URL") != null && !System.getenv("DB_URL").isBlank();
    requireFree("the embedded database", DB_PORT, "PORTAL_DB_PORT", !externalDb);
    requireFree("Keycloak", KEYCLOAK_PORT, "PORTAL_KEYCLOAK_PORT", true);
    requireFree("the portal", PORTAL_PORT, "PORTAL_PORT", true);
    requireFree("the local mail server", SMTP_PORT, "PORTAL_SMTP_PORT", true);
    Path data = Files.createDirectories(basedir.resolve("data"));
    long t0 = System.nanoTime();

    say("Starting the database...");
    EmbeddedDatabase db = EmbeddedDatabase.startOrUseExternal(DB_PORT, data.resolve("db"));
    started.push(db);
    say(db.isEmbedded() ? "  embedded MariaDB on 127.0.0.1:" + DB_PORT + ", data in data/db" : "  external database from DB_URL");

    say("Starting Keycloak (its first start also imports the demo realm)...");
    KeycloakServer keycloak =
        KeycloakServer.start(basedir, data.resolve("keycloak"), KEYCLOAK_PORT, data.resolve("logs/keycloak.log"));
    started.push(keycloak);
    say("  " + keycloak.issuer());

    say("Starting the local mail server (nothing leaves this machine)...");
    started.push(LocalMailbox.start(SMTP_PORT, data.resolve("mail"), RunPortal::say));
    say("  SMTP on 127.0.0.1:" + SMTP_PORT + ", e-mails kept in data/mail/");

    say("Starting the portal on Payara Micro...");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary(),
                "-Xmx768m",
                "-Ddb.url=" + db.url(),
                "-Ddb.user=" + db.user(),
                "-Ddb.password=" + db.password(),
                "-Doidc.issuer=" + keycloak.issuer(),
                "-Doidc.client-secret=" + DEMO_CLIENT_SECRET,
                "-Dportal.identity-key=" + DEMO_IDENTITY_KEY,
                "-Dportal.master-key-file=" + MasterKeyFile.ensure(data.resolve("master-keys")),
                "-Dportal.demo-data=true",
                "-Dportal.mail.host=127.0.0.1",
                "-Dportal.mail.port=" + SMTP_PORT,
                "-Dportal.public-url=http://127.0.0.1:" + PORTAL_PORT));
    command.addAll(payaraMicroWithPortal(basedir, PORTAL_PORT));
    command.add("--nocluster");
    ChildProcess portal =
        ChildProcess.start(
            "The portal (Payara Micro)",
            command,
            basedir,
            Map.of(),
            data.resolve("logs/payara.log"));
    started.push(portal);
    String url = "http://127.0.0.1:" + PORTAL_PORT + "/";
    portal.awaitHttp(url + "public/ready", Duration.ofMinutes(3), "Exception while loading the app");

    say("");
    say("The Referral Network Portal is up (" + (System.nanoTime() - t0) / 1_000_000_000 + " s): " + url);
    say("Demo logins (local demo only; password for all: demo-password):");
    say("  alice, adam (org-admin)   Alpha Defenders Network (consortium partner)");
    say("  bruno                     Beta Rights Watch (consortium partner)");
    say("  hana (host-coordinator)   Casa Refugio Host City (relocation host)");
    say("  sofia (host-coordinator)  Safe Harbour Shelter Initiative (shelter co-partner)");
    say("  chloe                     Maple Refuge Partners (Canada referral partner)");
    say("  rita (reviewer), sam (secretariat-admin)   Mechanism Secretariat");
    say("  adam, rita and sam also type a one-time code: authenticator secret (base32, demo only)");
    say("    IRSW232UN52HAU3FMNZGK5CMN5RWC3CSOVXHGT3ONR4TEMBSGY======  e.g. oathtool --totp -b <secret>");
    say("  nora (no organisation), dual (two organisations): refused, to show the check");
    say("Keycloak admin console: " + "http://127.0.0.1:" + KEYCLOAK_PORT + "/admin (admin / admin, local only)");
    say("E-mails the portal sends are shown below and kept in data/mail/. Logs: data/logs/. Stop with Ctrl-C.");
    return portal;
  }

  /** The options that run the portal's WAR on Payara Micro at the context root, on loopback only. */
  public static List<String> payaraMicroWithPortal(Path basedir, int port) {
    return List.of(
        "-jar",
        basedir.resolve("target/runtimes/payara-micro.jar").toString(),
        "--deploy",
        basedir.resolve("target/portal.war").toString(),
        "--contextroot",
        "/",
        "--port",
        String.valueOf(port),
        "--prebootcommandfile",
        basedir.resolve("src/test/resources/payara/loopback-preboot.asadmin").toString());
  }

  private static void requireFree(String part, int port, String variable, boolean needed) {
    if (needed && !Ports.isFree(port)) {
      throw new IllegalStateException(
          "port " + port + " for " + part + " is taken by another program;"
              + " stop that program, or choose another port with " + variable + "=...");
    }
  }

  private synchronized void stopAll() {
    stopping = true;
    if (started.isEmpty()) {
      return;
    }
    say("Stopping...");
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("  while stopping: " + e.getMessage());
      }
    }
    say("Stopped.");
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int intFromEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
