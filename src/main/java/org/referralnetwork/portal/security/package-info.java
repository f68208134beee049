/**
 * Login through Keycloak over OpenID Connect, the current caller and their one organisation,
 * and the scope every query of theirs runs in.
 */
package org.referralnetwork.portal.security;
