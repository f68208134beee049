package org.referralnetwork.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.impl.loadable.LoadableExtensionLoader;
import org.jboss.arquillian.core.spi.Manager;
import org.jboss.arquillian.core.spi.ManagerBuilder;
import org.jboss.arquillian.core.spi.ServiceLoader;
import org.jboss.arquillian.core.spi.context.ApplicationContext;
import org.junit.jupiter.api.Test;

class RaceFreePayaraMicroTest {

  @Test
  void aHalfReadLogStillLeadsToTheTestRunner() {
    HTTPContext http = new HTTPContext("10.0.0.5", 8123);

    RaceFreePayaraMicro.addTestRunnerIfNoServletWasRead(new ProtocolMetaData().addContext(http), "portal.war");

    assertEquals(
        URI.create("http://10.0.0.5:8123/portal/"), http.getServletByName("ArquillianServletRunnerEE9").getBaseURI());
  }

  @Test
  void rootWarIsAtTheContextRoot() {
    HTTPContext http = new HTTPContext("10.0.0.5", 8123);

    RaceFreePayaraMicro.addTestRunnerIfNoServletWasRead(new ProtocolMetaData().addContext(http), "ROOT.war");

    assertEquals(URI.create("http://10.0.0.5:8123/"), http.getServletByName("ArquillianServletRunnerEE9").getBaseURI());
  }

  @Test
  void servletsReadFromTheLogAreLeftAsTheyAre() {
    HTTPContext http = new HTTPContext("10.0.0.5", 8123).add(new Servlet("FacesServlet", "/portal"));

    RaceFreePayaraMicro.addTestRunnerIfNoServletWasRead(new ProtocolMetaData().addContext(http), "portal.war");

    assertEquals(List.of("FacesServlet"), http.getServlets().stream().map(Servlet::getName).toList());
  }

  @Test
  void arquillianUsesItInsteadOfPayarasOwn() {
    Manager arquillian = ManagerBuilder.from().extension(LoadableExtensionLoader.class).create();
    arquillian.getContext(ApplicationContext.class).activate();
    try {
      assertInstanceOf(RaceFreePayaraMicro.class, arquillian.resolve(ServiceLoader.class).onlyOne(DeployableContainer.class));
    } finally {
      arquillian.shutdown();
    }
  }
}
