package org.referralnetwork.portal.testing;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.referralnetwork.portal.devenv.ChildProcess;
import org.referralnetwork.portal.devenv.Ports;
import org.referralnetwork.portal.devenv.PortalProcess;

/**
 * Two instances of the portal (a and b) on Payara Micro, clustered over loopback through the data
 * grid (TCP/IP discovery, no multicast), behind HAProxy with sticky sessions. They share the
 * database and Keycloak that IntegrationEnvironment started. Closing stops everything started.
 */
public final class PortalCluster implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Path basedir = Path.of(System.getProperty("portal.basedir", "."));
  private final Path logs = basedir.resolve("target/it/cluster");
  private final Deque<ChildProcess> started = new ArrayDeque<>();
  private final Map<String, ChildProcess> instances = new LinkedHashMap<>();
  private int balancerPort;

  private PortalCluster() {}

  /** Starts both instances side by side, waits until they answer and see each other, then the balancer. */
  public static PortalCluster start() throws Exception {
    PortalCluster cluster = new PortalCluster();
    try {
      cluster.startAll();
      return cluster;
    } catch (Exception | AssertionError failed) {
      cluster.close();
      throw failed;
    }
  }

  /** True where HAProxy is installed (CI installs it; a developer machine may not have it). */
  public static boolean balancerInstalled() {
    return haproxy().isPresent();
  }

  private static Optional<Path> haproxy() {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
    return Stream.of(path.split(File.pathSeparator))
        .map(dir -> Path.of(dir, "haproxy"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private void startAll() throws Exception {
    // a cluster name of its own, so that no other portal on this machine joins it
    String clusterName = "portal-it-" + UUID.randomUUID();
    int gridA = Ports.anyFree();
    int gridB = Ports.anyFree();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    Map<String, Integer> httpPorts = Map.of("a", Ports.anyFree(), "b", Ports.anyFree());
    instances.put("a", startInstance("a", httpPorts.get("a"), gridA, clusterName, members));
    instances.put("b", startInstance("b", httpPorts.get("b"), gridB, clusterName, members));
    for (Map.Entry<String, ChildProcess> instance : instances.entrySet()) {
      instance.getValue().awaitHttp(
          "http://127.0.0.1:" + httpPorts.get(instance.getKey()) + "/public/ready",
          START_TIMEOUT, "Exception while loading the app");
    }
    awaitLog(instances.get("b"), "DG Size: 2");
    balancerPort = Ports.anyFree();
    ChildProcess balancer =
        ChildProcess.start(
            "HAProxy",
            List.of(haproxy().orElseThrow().toString(), "-db", "-f", basedir.resolve("docker/haproxy.cfg").toString()),
            basedir,
            Map.of(
                "BALANCER_BIND", "127.0.0.1:" + balancerPort,
                "INSTANCE_A", "127.0.0.1:" + httpPorts.get("a"),
                "INSTANCE_B", "127.0.0.1:" + httpPorts.get("b")),
            logs.resolve("haproxy.log"));
    started.push(balancer);
    balancer.awaitHttp(url() + "public/ready", Duration.ofSeconds(30));
  }

  private ChildProcess startInstance(String name, int httpPort, int gridPort, String clusterName, String members)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Ddb.url=" + System.getProperty("it.db.url"),
                "-Ddb.user=" + System.getProperty("it.db.user"),
                "-Ddb.password=" + System.getProperty("it.db.password"),
                "-Doidc.issuer=" + System.getProperty("it.oidc.issuer"),
                "-Doidc.client-secret=demo-portal-secret",
                "-Dportal.identity-key=" + PortalProcess.DEMO_IDENTITY_KEY,
                "-Dportal.master-key-file=" + System.getProperty("it.master.key.file"),
                "-Dportal.mail.host=127.0.0.1",
                "-Dportal.mail.port=" + System.getProperty("it.mail.port")));
    command.addAll(PortalProcess.payaraMicroWithPortal(basedir, PortalProcess.payaraMicro(basedir), httpPort,
        PortalProcess.Instances.CLUSTER));
    // the data grid: members found over TCP on loopback, and a session's backup kept on the other
    // instance although both run on the same host
    command.addAll(
        List.of(
            "--name", name,
            "--clustername", clusterName,
            "--clustermode", "tcpip:" + members,
            "--startport", String.valueOf(gridPort),
            "--interfaces", "127.0.0.1",
            "--nohostaware"));
    ChildProcess instance =
        ChildProcess.start("Portal instance " + name, command, basedir, Map.of(), logs.resolve("portal-" + name + ".log"));
    started.push(instance);
    return instance;
  }

  private static void awaitLog(ChildProcess process, String text) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!Files.readString(process.log()).contains(text)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("\"" + text + "\" never appeared in " + process.log());
      }
      Thread.sleep(500);
    }
  }

  /** The portal as users reach it: through the balancer. */
  public URL url() throws MalformedURLException {
    return new URL("http", "127.0.0.1", balancerPort, "/");
  }

  /** Ends the instance at once (a crash, no shutdown); the balancer finds it gone. */
  public void kill(String instance) throws InterruptedException {
    instances.get(instance).kill();
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("while stopping the cluster: " + e.getMessage());
      }
    }
  }
}
