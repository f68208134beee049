package org.referralnetwork.portal.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/**
 * Reads Keycloak's {@code organization} claim, as the realm's mapper writes it:
 * {@code {"partner-a": {"id": "<uuid>", "kind": ["CONSORTIUM_PARTNER"], "name": ["..."]}}}.
 * A membership without an id (the plain list-of-aliases form) cannot be keyed and is refused.
 */
public final class MembershipClaim {

  private MembershipClaim() {}

  public static List<Membership> parse(JsonValue claim) {
    List<Membership> memberships = new ArrayList<>();
    if (claim == null || claim.getValueType() != JsonValue.ValueType.OBJECT) {
      return memberships;
    }
    for (Map.Entry<String, JsonValue> entry : claim.asJsonObject().entrySet()) {
      if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("organization claim without attributes for " + entry.getKey());
      }
      JsonObject attributes = entry.getValue().asJsonObject();
      String id = firstString(attributes.get("id"));
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("organization claim without id for " + entry.getKey());
      }
      memberships.add(
          new Membership(id, entry.getKey(), firstString(attributes.get("name")), kinds(attributes.get("kind"))));
    }
    return memberships;
  }

  private static Set<OrganisationKind> kinds(JsonValue value) {
    Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    for (String kind : strings(value)) {
      try {
        kinds.add(OrganisationKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknownKind) {
        // a kind this version of the portal does not know grants nothing
      }
    }
    return kinds;
  }

  private static String firstString(JsonValue value) {
    List<String> strings = strings(value);
    return strings.isEmpty() ? null : strings.get(0);
  }

  private static List<String> strings(JsonValue value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof JsonString string) {
      strings.add(string.getString());
    } else if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonString string) {
          strings.add(string.getString());
        }
      }
    }
    return strings;
  }
}
