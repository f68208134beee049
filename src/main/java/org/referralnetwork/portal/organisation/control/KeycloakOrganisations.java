package org.referralnetwork.portal.organisation.control;

import static org.referralnetwork.portal.security.KeycloakAdminApi.encode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.KeycloakAdminApi;

/**
 * Organisations, their members and their members' roles as Keycloak keeps them, changed through
 * its admin REST API as the portal's service account. Keycloak is where they live; the portal
 * keeps its own row of each organisation in step.
 */
@ApplicationScoped
public class KeycloakOrganisations {

  /** How long an invitation link stays valid: three days. */
  private static final int INVITATION_SECONDS = 3 * 24 * 3600;

  @Inject KeycloakAdminApi api;

  /** An organisation as Keycloak holds it, with the portal's attributes. */
  public record Held(String id, String name, String alias, boolean enabled, Set<OrganisationKind> kinds, String domain,
      String country, String contact) {}

  /** What the secretariat registers. */
  public record Registration(String name, String alias, Set<OrganisationKind> kinds, String domain, String country,
      String contact) {}

  public List<Held> all() throws IOException {
    List<Held> all = new ArrayList<>();
    for (JsonValue value : api.get("/organizations?briefRepresentation=false&first=0&max=500").asJsonArray()) {
      all.add(held(value.asJsonObject()));
    }
    return all;
  }

  public Held find(String organisationId) throws IOException {
    return held(api.get("/organizations/" + encode(organisationId)).asJsonObject());
  }

  /** Creates the organisation; empty when Keycloak already has one of that name, alias or domain (409). */
  public Optional<String> create(Registration registration) throws IOException {
    JsonArrayBuilder kinds = Json.createArrayBuilder();
    registration.kinds().forEach(kind -> kinds.add(kind.name()));
    JsonObject organisation = Json.createObjectBuilder()
        .add("name", registration.name())
        .add("alias", registration.alias())
        .add("enabled", true)
        .add("attributes", Json.createObjectBuilder()
            .add("kind", kinds)
            .add("name", Json.createArrayBuilder().add(registration.name()))
            .add("country", Json.createArrayBuilder().add(registration.country()))
            .add("contact", Json.createArrayBuilder().add(registration.contact())))
        .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", registration.domain())))
        .build();
    KeycloakAdminApi.Answer answer = api.call("POST", "/organizations", organisation.toString(), "application/json");
    if (answer.status() == 409) {
      return Optional.empty();
    }
    if (answer.status() != 201) {
      throw new IOException("Keycloak answered " + answer.status() + " to creating an organisation");
    }
    return Optional.of(answer.createdId());
  }

  /** Enables or disables the organisation in Keycloak (a disabled one is suspended). */
  public void setEnabled(String organisationId, boolean enabled) throws IOException {
    JsonObject current = api.get("/organizations/" + encode(organisationId)).asJsonObject();
    JsonObject changed = Json.createObjectBuilder(current).add("enabled", enabled).build();
    api.change("PUT", "/organizations/" + encode(organisationId), changed.toString());
  }

  /** The id of the user with this e-mail address, if Keycloak has one. */
  public Optional<String> userWithEmail(String email) throws IOException {
    JsonArray users = api.get("/users?exact=true&briefRepresentation=true&email=" + encode(email)).asJsonArray();
    return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0).getString("id"));
  }

  /** What Keycloak still asks the user to do at their next sign-in (empty once an invitation is taken up). */
  public List<String> pendingActions(String userId) throws IOException {
    JsonObject user = api.get("/users/" + encode(userId)).asJsonObject();
    return values(user, "requiredActions");
  }

  /** A new user who still has to set a password (and a one-time-password app when asked). */
  public String createInvitedUser(String email, String firstName, String lastName, List<String> requiredActions)
      throws IOException {
    JsonArrayBuilder actions = Json.createArrayBuilder();
    requiredActions.forEach(actions::add);
    JsonObject user = Json.createObjectBuilder()
        .add("username", email)
        .add("email", email)
        .add("emailVerified", true) // the invitation link reaches only this address: following it proves it
        .add("firstName", firstName)
        .add("lastName", lastName)
        .add("enabled", true)
        .add("requiredActions", actions)
        .build();
    return api.change("POST", "/users", user.toString()).createdId();
  }

  /** Sends Keycloak's e-mail with a link to its pages where the person does what is required, then reaches the portal. */
  public void sendInvitation(String userId, List<String> requiredActions, String clientId, String portalUrl)
      throws IOException {
    JsonArrayBuilder actions = Json.createArrayBuilder();
    requiredActions.forEach(actions::add);
    api.change("PUT", "/users/" + encode(userId) + "/execute-actions-email?lifespan=" + INVITATION_SECONDS + "&client_id="
        + encode(clientId) + "&redirect_uri=" + encode(portalUrl), actions.build().toString());
  }

  /** Keycloak's own organisation invitation of an existing user: they join when they follow its link. */
  public void inviteExistingUser(String organisationId, String userId) throws IOException {
    KeycloakAdminApi.Answer answer = api.call("POST", "/organizations/" + encode(organisationId)
        + "/members/invite-existing-user", "id=" + encode(userId), "application/x-www-form-urlencoded");
    if (!answer.succeeded()) {
      throw new IOException("Keycloak answered " + answer.status() + " to inviting an existing user");
    }
  }

  public void addMember(String organisationId, String userId) throws IOException {
    api.change("POST", "/organizations/" + encode(organisationId) + "/members", Json.createValue(userId).toString());
  }

  public void removeMember(String organisationId, String userId) throws IOException {
    api.change("DELETE", "/organizations/" + encode(organisationId) + "/members/" + encode(userId), null);
  }

  /** The realm roles given to the user directly. */
  public Set<String> realmRolesOf(String userId) throws IOException {
    Set<String> roles = new HashSet<>();
    for (JsonValue role : api.get("/users/" + encode(userId) + "/role-mappings/realm").asJsonArray()) {
      roles.add(role.asJsonObject().getString("name"));
    }
    return roles;
  }

  public void grant(String userId, Set<String> roles) throws IOException {
    if (!roles.isEmpty()) {
      api.change("POST", "/users/" + encode(userId) + "/role-mappings/realm", representations(roles));
    }
  }

  public void revoke(String userId, Set<String> roles) throws IOException {
    if (!roles.isEmpty()) {
      api.change("DELETE", "/users/" + encode(userId) + "/role-mappings/realm", representations(roles));
    }
  }

  private String representations(Set<String> roles) throws IOException {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String role : roles) {
      array.add(api.get("/roles/" + encode(role)));
    }
    return array.build().toString();
  }

  private static Held held(JsonObject organisation) {
    JsonObject attributes = organisation.containsKey("attributes") && !organisation.isNull("attributes")
        ? organisation.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
    Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    for (String kind : values(attributes, "kind")) {
      try {
        kinds.add(OrganisationKind.valueOf(kind));
      } catch (IllegalArgumentException unknown) {
        // a kind the portal does not know grants nothing
      }
    }
    JsonArray domains = organisation.containsKey("domains") && !organisation.isNull("domains")
        ? organisation.getJsonArray("domains") : JsonValue.EMPTY_JSON_ARRAY;
    return new Held(organisation.getString("id"), organisation.getString("name", ""), organisation.getString("alias", ""),
        organisation.getBoolean("enabled", true), kinds,
        domains.isEmpty() ? "" : domains.getJsonObject(0).getString("name", ""),
        first(values(attributes, "country")), first(values(attributes, "contact")));
  }

  private static List<String> values(JsonObject attributes, String name) {
    if (!attributes.containsKey(name) || attributes.isNull(name)) {
      return List.of();
    }
    return attributes.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? "" : values.get(0);
  }
}
