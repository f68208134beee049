package org.referralnetwork.portal.testing;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR the build made, not a hand-picked list of classes. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive portal() {
    return ShrinkWrap.create(ZipImporter.class, "portal.war")
        .importFrom(new File("target/portal.war"))
        .as(WebArchive.class);
  }

  /** The portal's WAR at the context root, as production runs it (docker/Dockerfile). */
  public static WebArchive portalAtContextRoot() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File("target/portal.war"))
        .as(WebArchive.class);
  }

  /** The portal's WAR with Arquillian's in-container test runner reachable without a login. */
  public static WebArchive portalWithTestRunner() {
    return portal()
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource("arquillian-runner-web-fragment.xml", "web-fragment.xml"));
  }

  /**
   * The deployed portal's URL on 127.0.0.1. Arquillian reports the machine's address, but the demo
   * realm accepts redirects (and Keycloak's cookies work) only on loopback.
   */
  public static URL onLoopback(URL deployed) throws MalformedURLException {
    return new URL("http", "127.0.0.1", deployed.getPort(), deployed.getPath());
  }

  /**
   * A client for the portal's API as the TLS proxy in front of it talks to it: HTTP/1.1. The JDK's
   * default asks plain-HTTP servers to upgrade to HTTP/2 (h2c), and Payara 6.2025.10's Grizzly then
   * kept every request of the connection in its heap and, in one benchmark run, stalled reading
   * request bodies until they timed out.
   */
  public static HttpClient.Builder clientAsTheProxy() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }
}
