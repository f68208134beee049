package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.KeycloakUsers;
import org.referralnetwork.portal.testing.PortalSession;

/**
 * Membership as Keycloak has it now, with the real Keycloak: an organisation's admin sees its
 * members; a user removed from their organisation in Keycloak is refused at their next click in a
 * real browser, while still holding a valid login; a reviewer without an authenticator is stopped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembershipIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void anOrganisationsAdminSeesItsMembersAndNoOneElses() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    String members = PortalSession.signIn(portal, "adam").get("members.xhtml").body();
    assertTrue(members.contains("alice") && members.contains("adam"), members);
    assertFalse(members.contains("bruno"), "Beta's member is not Alpha's");
    assertEquals(404, PortalSession.signIn(portal, "alice").get("members.xhtml").statusCode(), "only for admins");
  }

  @Test
  void aUserRemovedFromTheOrganisationLosesAccessAtTheNextRequest() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    try (Browser bruno = Browser.open().signIn(portal, "bruno")) {
      assertEquals("Beta Rights Watch", bruno.text("#organisation-name"));
      String userId = first(KeycloakUsers.call("GET", "/users?exact=true&username=bruno", null), "id");
      String organisationId = first(KeycloakUsers.call("GET", "/organizations?exact=true&search=Beta%20Rights%20Watch", null), "id");
      KeycloakUsers.call("DELETE", "/organizations/" + organisationId + "/members/" + userId, null);
      try {
        Thread.sleep(1500); // the portal asks Keycloak again at most every second in the tests
        bruno.click("#nav-referrals");
        bruno.awaitText("not linked to one organisation");
        assertFalse(bruno.bodyText().contains("Beta Rights Watch"), "nothing of the organisation is shown any more");
      } finally {
        KeycloakUsers.call("POST", "/organizations/" + organisationId + "/members", "\"" + userId + "\"");
      }
      Thread.sleep(1500);
      bruno.driver().get(portal + "referrals.xhtml");
      assertEquals("Beta Rights Watch", bruno.text("#organisation-name"), "a member again, access again");
    }
  }

  @Test
  void aReviewerWithoutAnAuthenticatorIsAskedToSetOneUp() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    KeycloakUsers.call("POST", "/users", "{\"username\":\"newreviewer\",\"enabled\":true,\"firstName\":\"New\",\"lastName\":\"Reviewer\","
        + "\"email\":\"new.reviewer@example.org\",\"credentials\":[{\"type\":\"password\",\"value\":\"demo-password\",\"temporary\":false}]}");
    String userId = first(KeycloakUsers.call("GET", "/users?exact=true&username=newreviewer", null), "id");
    try {
      String reviewer = KeycloakUsers.call("GET", "/roles/reviewer", null);
      KeycloakUsers.call("POST", "/users/" + userId + "/role-mappings/realm", "[" + reviewer + "]");
      String secretariat = first(KeycloakUsers.call("GET", "/organizations?exact=true&search=Mechanism%20Secretariat", null), "id");
      KeycloakUsers.call("POST", "/organizations/" + secretariat + "/members", "\"" + userId + "\"");
      HttpResponse<String> home = PortalSession.signIn(portal, "newreviewer").get("referrals.xhtml");
      assertEquals(403, home.statusCode());
      assertTrue(home.body().contains("Two-step sign-in needed"), home.body());
      assertFalse(home.body().contains("Review queue"), "nothing of the secretariat's work is shown");
    } finally {
      KeycloakUsers.call("DELETE", "/users/" + userId, null);
    }
  }

  private static String first(String jsonArray, String field) {
    try (JsonReader reader = Json.createReader(new StringReader(jsonArray))) {
      JsonArray array = reader.readArray();
      return array.getJsonObject(0).getString(field);
    }
  }
}
