package org.referralnetwork.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.referralnetwork.portal.devenv.Directories;
import org.referralnetwork.portal.devenv.EmbeddedDatabase;
import org.referralnetwork.portal.devenv.KeycloakServer;
import org.referralnetwork.portal.devenv.MasterKeyFile;
import org.referralnetwork.portal.devenv.Ports;

/**
 * Starts a fresh embedded MariaDB (or uses DB_URL) and a real Keycloak with the demo realm once
 * for the whole integration test run, and hands their addresses to arquillian.xml and the tests
 * as system properties. Active only where Failsafe sets {@code portal.environment=test}.
 */
public class IntegrationEnvironment implements TestExecutionListener {

  private EmbeddedDatabase database;
  private KeycloakServer keycloak;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    if (!"test".equals(System.getProperty("portal.environment"))) {
      return;
    }
    Path basedir = Path.of(System.getProperty("portal.basedir", "."));
    Path work = basedir.resolve("target/it");
    try {
      Directories.deleteTree(work.resolve("db"));
      Files.deleteIfExists(work.resolve("master-keys"));
      long t0 = System.nanoTime();
      database = EmbeddedDatabase.startOrUseExternal(Ports.anyFree(), work.resolve("db"));
      // the mail catcher's port first: Keycloak's realm sends its invitations there
      MailCatcher.start(Ports.anyFree());
      Path keycloakHome = work.resolve("keycloak");
      Directories.deleteTree(keycloakHome.resolve("keycloak-" + System.getProperty("keycloak.version")).resolve("data/h2"));
      keycloak = KeycloakServer.start(basedir, keycloakHome, Ports.anyFree(), MailCatcher.port(), work.resolve("keycloak.log"));
      System.out.printf(
          "Integration environment up in %d s: database %s, Keycloak %s%n",
          (System.nanoTime() - t0) / 1_000_000_000, database.isEmbedded() ? "embedded" : "from DB_URL", keycloak.issuer());
    } catch (Exception failed) {
      testPlanExecutionFinished(testPlan);
      throw new IllegalStateException("the integration environment did not start: " + failed.getMessage(), failed);
    }
    System.setProperty("it.db.url", database.url());
    // arquillian.xml substitutes properties before it parses the XML: its copy must be escaped
    System.setProperty("it.db.url.xml", database.url().replace("&", "&amp;"));
    System.setProperty("it.db.user", database.user());
    System.setProperty("it.db.password", database.password());
    System.setProperty("it.oidc.issuer", keycloak.issuer());
    try {
      System.setProperty("it.mail.port", Integer.toString(MailCatcher.port()));
      System.setProperty("it.master.key.file", MasterKeyFile.ensure(work.resolve("master-keys")).toString());
    } catch (IOException e) {
      throw new IllegalStateException("no master key file or mail port for the tests", e);
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    MailCatcher.stop();
    try {
      if (keycloak != null) {
        keycloak.close();
      }
      if (database != null) {
        database.close();
      }
    } catch (Exception e) {
      System.err.println("while stopping the integration environment: " + e.getMessage());
    }
    keycloak = null;
    database = null;
  }

}
