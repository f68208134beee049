package org.referralnetwork.portal.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.protocol.servlet5.ServletMethodExecutor;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container (arquillian-payara-micro-managed 3.1) without its start-up
 * race. Its deploy() takes Payara Micro as started once the log shows the "Instance Configuration"
 * block up to "Https Port(s)", then reads the block's "Deployed" list from that same text. When its
 * log reader has not read the rest of the block yet, the metadata names no servlet and every
 * in-container test of the class fails with "ArquillianServletRunnerEE9 not found". Payara Micro
 * prints the block only after deploying, so the runner is there: at the archive's context root.
 */
public class RaceFreePayaraMicro extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(RaceFreePayaraMicro.class.getName());

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    ProtocolMetaData deployed = super.deploy(archive);
    if (deployed != null) {
      addTestRunnerIfNoServletWasRead(deployed, archive.getName());
    }
    return deployed;
  }

  /** The portal always has servlets: none means the container did not read the "Deployed" list. */
  static void addTestRunnerIfNoServletWasRead(ProtocolMetaData deployed, String archiveName) {
    for (HTTPContext http : deployed.getContexts(HTTPContext.class)) {
      if (http.getServlets().isEmpty()) {
        String contextRoot = contextRootOf(archiveName);
        LOG.warning(() -> "the container read no deployed servlet from Payara Micro's log: "
            + "Arquillian's test runner taken at " + contextRoot + " on " + http.getHost() + ":" + http.getPort());
        http.add(new Servlet(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME, contextRoot));
      }
    }
  }

  /** As Payara Micro deploys a --deploy archive: portal.war at /portal, ROOT.war at /. */
  private static String contextRootOf(String archiveName) {
    String name = archiveName.substring(0, archiveName.lastIndexOf('.'));
    return "ROOT".equals(name) ? "/" : "/" + name;
  }
}
