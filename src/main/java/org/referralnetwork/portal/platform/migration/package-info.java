/**
 * Schema migrations written in Java, for what SQL cannot do (such as sealing data with a key
 * from configuration). The SQL migrations live in {@code db/migration}; these are handed to
 * Flyway by {@link org.referralnetwork.portal.platform.SchemaMigration}.
 */
package org.referralnetwork.portal.platform.migration;
