package org.referralnetwork.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR the build made, not a hand-picked list of classes. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive portal() {
    return ShrinkWrap.create(ZipImporter.class, "portal.war")
        .importFrom(new File("target/portal.war"))
        .as(WebArchive.class);
  }
}
