package org.referralnetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Keycloak knows now, asked through its admin REST API as the portal's own service account
 * (client credentials): a user's organisations (needs view-users), an organisation's members
 * (Keycloak 26.4 needs manage-realm for every organisation endpoint), a role's holders (view-realm,
 * which manage-realm includes).
 */
@ApplicationScoped
public class KeycloakDirectory {

  @Inject KeycloakAdminApi api;

  /**
   * A member of an organisation as the portal shows it; {@code invited} while Keycloak still asks
   * them to set their password (an invitation not yet taken up).
   */
  public record Member(String id, String username, String firstName, String lastName, String email, boolean enabled,
      boolean invited) {}

  /** An organisation a user is a member of, and whether it is enabled (a suspended one is not). */
  public record MemberOf(String organisationId, boolean enabled) {}

  /** The organisations the user is a member of now, suspended ones included. */
  public List<MemberOf> organisationsOf(String userId) throws IOException {
    JsonArray organisations = get("/organizations/members/" + encode(userId) + "/organizations?briefRepresentation=false");
    List<MemberOf> memberships = new ArrayList<>();
    for (JsonValue organisation : organisations) {
      JsonObject o = organisation.asJsonObject();
      memberships.add(new MemberOf(o.getString("id"), o.getBoolean("enabled", true)));
    }
    return memberships;
  }

  /** True when the user has set up a one-time-password authenticator (Keycloak then asks for it at every login). */
  public boolean hasOneTimePassword(String userId) throws IOException {
    for (JsonValue credential : get("/users/" + encode(userId) + "/credentials")) {
      if ("otp".equals(credential.asJsonObject().getString("type", ""))) {
        return true;
      }
    }
    return false;
  }

  /** The members of an organisation, in Keycloak's order. */
  public List<Member> membersOf(String organisationId) throws IOException {
    JsonArray members = get("/organizations/" + encode(organisationId) + "/members?first=0&max=500");
    List<Member> list = new ArrayList<>();
    for (JsonValue value : members) {
      JsonObject member = value.asJsonObject();
      list.add(new Member(member.getString("id"), member.getString("username", ""), member.getString("firstName", ""),
          member.getString("lastName", ""), member.getString("email", ""), member.getBoolean("enabled", true),
          hasPendingActions(member)));
    }
    return list;
  }

  private static boolean hasPendingActions(JsonObject member) {
    JsonValue actions = member.get("requiredActions");
    return actions != null && actions.getValueType() == JsonValue.ValueType.ARRAY && !actions.asJsonArray().isEmpty();
  }

  /** The ids of the organisations of a kind (their attribute "kind"), e.g. the secretariat. */
  public List<String> organisationsOfKind(String kind) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonValue organisation : get("/organizations?briefRepresentation=true&first=0&max=100&q=" + encode("kind:" + kind))) {
      ids.add(organisation.asJsonObject().getString("id"));
    }
    return ids;
  }

  /** The ids of the users who hold a realm role directly (the portal's roles are given to users, not groups). */
  public Set<String> holdersOf(String role) throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonValue user : get("/roles/" + encode(role) + "/users?briefRepresentation=true&first=0&max=5000")) {
      ids.add(user.asJsonObject().getString("id"));
    }
    return ids;
  }

  private JsonArray get(String path) throws IOException {
    return api.get(path).asJsonArray();
  }

  private static String encode(String value) {
    return KeycloakAdminApi.encode(value);
  }
}
