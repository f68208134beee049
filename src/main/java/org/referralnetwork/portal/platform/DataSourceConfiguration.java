package org.referralnetwork.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the portal. Its URL and account come from MicroProfile Config
 * ({@code db.url}, {@code db.user}, {@code db.password}; or the environment variables DB_URL,
 * DB_USER, DB_PASSWORD), never from the repository.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // the driver keeps each connection's parsed statements: without it, every query's SQL is parsed
      // again on the client (about 2 % of a list page's time, see the benchmark)
      "cachePrepStmts=true",
      "prepStmtCacheSize=250",
      "prepStmtCacheSqlLimit=4096",
      // Connector/J 9 traces every statement through OpenTelemetry when its API is on the class path,
      // as it is in Payara: spans no one collects, 1.4 % of the portal's time in a benchmark profile
      "openTelemetry=DISABLED",
      // The driver keeps every statement that was not closed until its connection closes, and pooled
      // connections live on. Payara 6.2025.10's EclipseLink (4.0.7) does not close the statement of
      // an insert whose id the database generates (eclipse-ee4j/eclipselink#2366, fixed in later
      // releases): four per submission, about 76,000 held during a benchmark run, the heap full and the
      // collector busy with them. Not tracked, an unclosed statement is garbage once EclipseLink drops it.
      "dontTrackOpenResources=true"
    })
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/referrals";
}
