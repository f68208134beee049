/**
 * What the people who run the portal watch: the readiness of Keycloak (the database's is in
 * platform) and the portal's own figures at /metrics. Counts only, never a person.
 */
package org.referralnetwork.portal.operations;
