package org.referralnetwork.portal.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link RaceFreePayaraMicro} in the place of the Payara Micro container arquillian.xml names. */
public class RaceFreePayaraMicroExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, RaceFreePayaraMicro.class);
  }
}
