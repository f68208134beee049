/**
 * The local environment: the run command ({@link org.referralnetwork.portal.devenv.RunPortal}) and
 * the integration test run start the same embedded database and Keycloak through these classes.
 */
package org.referralnetwork.portal.devenv;
