/**
 * What every component uses: the datasource, the schema migrations, the database health check
 * and the conversions the persistence layer needs.
 */
package org.referralnetwork.portal.platform;
