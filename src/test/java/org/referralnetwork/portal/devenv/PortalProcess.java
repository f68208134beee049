package org.referralnetwork.portal.devenv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The portal's WAR on Payara Micro as a child process, configured with system properties (local runs only). */
public final class PortalProcess {

  /** The client secret of the demo realm in keycloak/: for local runs only. */
  public static final String DEMO_CLIENT_SECRET = "demo-portal-secret";
  /** The key of the defenders' identity hashes in local runs only (base64 of a demo text). */
  public static final String DEMO_IDENTITY_KEY = "ZGVtby1vbmx5LWlkZW50aXR5LWtleS1mb3ItbG9jYWwtcnVucw==";

  private PortalProcess() {}

  /**
   * Starts one instance of the portal at the context root, against the database and Keycloak, with
   * the master key file and any further {@code -Dname=value} settings; its output goes to the log.
   * It runs from the kept runtime with its class archive ({@link KeptRuntime}), as one instance
   * outside any cluster.
   */
  public static ChildProcess start(Path basedir, EmbeddedDatabase db, KeycloakServer keycloak, Path masterKeyFile,
      int port, List<String> settings, Path log) throws IOException, InterruptedException {
    KeptRuntime runtime = KeptRuntime.prepare(basedir);
    List<String> command = new ArrayList<>(List.of(
        KeptRuntime.javaCommand(),
        "-Xmx768m",
        "-Ddb.url=" + db.url(),
        "-Ddb.user=" + db.user(),
        "-Ddb.password=" + db.password(),
        "-Doidc.issuer=" + keycloak.issuer(),
        "-Doidc.client-secret=" + DEMO_CLIENT_SECRET,
        "-Dportal.identity-key=" + DEMO_IDENTITY_KEY,
        "-Dportal.master-key-file=" + masterKeyFile));
    if (settings.stream().noneMatch(setting -> setting.startsWith("-XX:StartFlightRecording"))) {
      // JDK 17 crashed (SIGSEGV in check_shared_class_file_load_hook) loading archived classes
      // while Flight Recorder watched class loading: a profiled start goes without the archive
      command.add(runtime.classArchiveOption());
    }
    command.addAll(settings);
    command.addAll(payaraMicroWithPortal(basedir, runtime.launcher(), port, Instances.ONE));
    command.add("--nocluster");
    return ChildProcess.start("The portal (Payara Micro)", command, basedir, Map.of(), log);
  }

  /** Drops the class archive of the portal's starts: the next start records a new one as it exits. */
  public static void forgetClassArchive(Path basedir) throws IOException {
    KeptRuntime.forgetClassArchive(basedir);
  }

  /** The Payara Micro distribution fetched by the build. */
  public static Path payaraMicro(Path basedir) {
    return basedir.resolve("target/runtimes/payara-micro.jar");
  }

  /**
   * One instance keeps its sessions in memory; instances of a cluster replicate them to each other,
   * which costs a serialization of the session after every request that changed it.
   */
  public enum Instances {
    ONE("src/test/resources/payara/single-instance-preboot.asadmin"),
    CLUSTER("src/test/resources/payara/loopback-preboot.asadmin");

    private final String prebootCommands;

    Instances(String prebootCommands) {
      this.prebootCommands = prebootCommands;
    }
  }

  /** The options that run the portal's WAR with a Payara Micro jar at the context root, on loopback only. */
  public static List<String> payaraMicroWithPortal(Path basedir, Path payaraMicro, int port, Instances instances) {
    return List.of(
        "-jar",
        payaraMicro.toString(),
        "--deploy",
        basedir.resolve("target/portal.war").toString(),
        "--contextroot",
        "/",
        "--port",
        String.valueOf(port),
        "--prebootcommandfile",
        basedir.resolve(instances.prebootCommands).toString());
  }
}
