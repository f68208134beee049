/**
 * The partner organisations, as Keycloak's Organizations feature knows them: registered or
 * refreshed in the portal's database each time one of their members logs in.
 */
package org.referralnetwork.portal.organisation;
