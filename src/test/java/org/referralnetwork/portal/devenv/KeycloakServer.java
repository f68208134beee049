package org.referralnetwork.portal.devenv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's official distribution (fetched from Maven Central by the build) in dev mode, with
 * the realm of {@code keycloak/} imported on its first start. Its e-mails (invitations) go to
 * the SMTP server on {@code smtpPort} of this machine.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "referral-network";
  private static final String REALM_FILE = "realm-referral-network.json";

  private final ChildProcess process;
  private final int port;

  private KeycloakServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Unpacks the distribution under {@code home} unless it is there already (so its data, and the
   * organisation ids the portal stores, survive a restart), then starts it on 127.0.0.1.
   */
  public static KeycloakServer start(Path basedir, Path home, int port, int smtpPort, Path log)
      throws IOException, InterruptedException {
    Path install = home.resolve("keycloak-" + System.getProperty("keycloak.version"));
    if (!Files.isDirectory(install.resolve("bin"))) {
      unzip(basedir.resolve("target/runtimes/keycloak.zip"), home);
    }
    Path imports = Files.createDirectories(install.resolve("data/import"));
    Path realm = basedir.resolve("keycloak").resolve(REALM_FILE);
    Path imported = imports.resolve(REALM_FILE);
    // Keycloak imports a realm only into an empty database: a changed realm file would be ignored
    if (Files.isDirectory(install.resolve("data/h2")) && Files.exists(imported) && Files.mismatch(imported, realm) != -1) {
      throw new IllegalStateException("keycloak/" + REALM_FILE + " changed since " + home + " was made, and Keycloak"
          + " imports it only once. Delete the data/ folder (the local demo's database and Keycloak) and start again.");
    }
    Files.copy(realm, imported, StandardCopyOption.REPLACE_EXISTING);
    ChildProcess process =
        ChildProcess.start(
            "Keycloak",
            List.of(
                "bash",
                "bin/kc.sh",
                "start-dev",
                "--http-port=" + port,
                "--http-host=127.0.0.1",
                "--import-realm"),
            install,
            Map.of(
                // the local administrator of a local trial, never of a real deployment
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                // the realm's smtpServer (invitations) names this port: the local or test mail catcher
                "PORTAL_SMTP_PORT", Integer.toString(smtpPort)),
            log);
    KeycloakServer server = new KeycloakServer(process, port);
    try {
      process.awaitHttp(server.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(3));
    } catch (RuntimeException | IOException | InterruptedException failed) {
      process.close();
      throw failed;
    }
    return server;
  }

  private static void unzip(Path zip, Path target) throws IOException {
    if (!Files.exists(zip)) {
      throw new IllegalStateException("Keycloak distribution missing at " + zip + ": build first");
    }
    Path root = target.toAbsolutePath().normalize();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root)) {
          throw new IOException("zip entry outside target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
