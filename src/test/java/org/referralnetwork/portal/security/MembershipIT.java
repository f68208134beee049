package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

  private final HttpClient http = HttpClient.newHttpClient();
  private final String issuer = System.getProperty("it.oidc.issuer");
  private final String admin = issuer.replace("/realms/", "/admin/realms/");

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
      String token = adminToken();
      String userId = first(call(token, "GET", "/users?exact=true&username=bruno", null), "id");
      String organisationId = first(call(token, "GET", "/organizations?exact=true&search=Beta%20Rights%20Watch", null), "id");
      call(token, "DELETE", "/organizations/" + organisationId + "/members/" + userId, null);
      try {
        Thread.sleep(1500); // the portal asks Keycloak again at most every second in the tests
        bruno.click("#nav-referrals");
        bruno.awaitText("not linked to one organisation");
        assertFalse(bruno.bodyText().contains("Beta Rights Watch"), "nothing of the organisation is shown any more");
      } finally {
        call(token, "POST", "/organizations/" + organisationId + "/members", "\"" + userId + "\"");
      }
      Thread.sleep(1500);
      bruno.driver().get(portal + "referrals.xhtml");
      assertEquals("Beta Rights Watch", bruno.text("#organisation-name"), "a member again, access again");
    }
  }

  @Test
  void aReviewerWithoutAnAuthenticatorIsAskedToSetOneUp() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    String token = adminToken();
    call(token, "POST", "/users", "{\"username\":\"newreviewer\",\"enabled\":true,\"firstName\":\"New\",\"lastName\":\"Reviewer\","
        + "\"email\":\"new.reviewer@example.org\",\"credentials\":[{\"type\":\"password\",\"value\":\"demo-password\",\"temporary\":false}]}");
    String userId = first(call(token, "GET", "/users?exact=true&username=newreviewer", null), "id");
    try {
      String reviewer = call(token, "GET", "/roles/reviewer", null);
      call(token, "POST", "/users/" + userId + "/role-mappings/realm", "[" + reviewer + "]");
      String secretariat = first(call(token, "GET", "/organizations?exact=true&search=Mechanism%20Secretariat", null), "id");
      call(token, "POST", "/organizations/" + secretariat + "/members", "\"" + userId + "\"");
      HttpResponse<String> home = PortalSession.signIn(portal, "newreviewer").get("referrals.xhtml");
      assertEquals(403, home.statusCode());
      assertTrue(home.body().contains("Two-step sign-in needed"), home.body());
      assertFalse(home.body().contains("Review queue"), "nothing of the secretariat's work is shown");
    } finally {
      call(token, "DELETE", "/users/" + userId, null);
    }
  }

  private String adminToken() throws Exception {
    String master = issuer.substring(0, issuer.lastIndexOf("/realms/")) + "/realms/master/protocol/openid-connect/token";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(master))
            .header("Content-Type", "application/x-www-form-urlencoded")
            // the test Keycloak's local administrator (KeycloakServer), never a real one
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private String call(String token, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path)).header("Authorization", "Bearer " + token);
    request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
    return response.body();
  }

  private static String first(String jsonArray, String field) {
    try (JsonReader reader = Json.createReader(new StringReader(jsonArray))) {
      JsonArray array = reader.readArray();
      return array.getJsonObject(0).getString(field);
    }
  }
}
