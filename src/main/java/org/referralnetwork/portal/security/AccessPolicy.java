package org.referralnetwork.portal.security;

import static org.referralnetwork.portal.organisation.entity.OrganisationKind.CANADA_REFERRAL_PARTNER;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.CONSORTIUM_PARTNER;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.RELOCATION_HOST;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.SECRETARIAT;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.SHELTER_COPARTNER;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/**
 * The authorisation model in one place: which realm role of which organisation kind holds which
 * {@link Permission}. Anything not granted here is denied. The README's security section shows
 * this same table (a test keeps them equal).
 */
public final class AccessPolicy {

  private static final Set<OrganisationKind> PARTNERS =
      EnumSet.of(CONSORTIUM_PARTNER, RELOCATION_HOST, SHELTER_COPARTNER, CANADA_REFERRAL_PARTNER);
  private static final Set<OrganisationKind> HOSTS = EnumSet.of(RELOCATION_HOST, SHELTER_COPARTNER);

  private static final Map<Permission, Map<OrganisationKind, Set<String>>> GRANTS = new EnumMap<>(Permission.class);

  static {
    grant(Permission.VIEW_REFERRALS, PARTNERS, Roles.REFERRER, Roles.ORG_ADMIN, Roles.HOST_COORDINATOR);
    grant(Permission.VIEW_REFERRALS, EnumSet.of(SECRETARIAT), Roles.REVIEWER, Roles.SECRETARIAT_ADMIN);
    grant(Permission.REFER, PARTNERS, Roles.REFERRER);
    grant(Permission.REVIEW, EnumSet.of(SECRETARIAT), Roles.REVIEWER);
    grant(Permission.VIEW_QUOTAS, EnumSet.of(SECRETARIAT), Roles.REVIEWER, Roles.SECRETARIAT_ADMIN);
    grant(Permission.ADMINISTER_QUOTAS, EnumSet.of(SECRETARIAT), Roles.SECRETARIAT_ADMIN);
    grant(Permission.MANAGE_HOSTING_PROFILE, HOSTS, Roles.HOST_COORDINATOR, Roles.ORG_ADMIN);
    grant(Permission.ANSWER_OFFERS, HOSTS, Roles.HOST_COORDINATOR);
    grant(Permission.VIEW_RELOCATIONS, HOSTS, Roles.HOST_COORDINATOR, Roles.ORG_ADMIN);
    grant(Permission.VIEW_RELOCATIONS, EnumSet.of(SECRETARIAT), Roles.REVIEWER, Roles.SECRETARIAT_ADMIN);
    grant(Permission.READ_AUDIT_LOG, EnumSet.of(SECRETARIAT), Roles.REVIEWER, Roles.SECRETARIAT_ADMIN);
    grant(Permission.READ_OWN_AUDIT_LOG, PARTNERS, Roles.ORG_ADMIN);
    grant(Permission.VIEW_MEMBERS, PARTNERS, Roles.ORG_ADMIN);
    grant(Permission.VIEW_MEMBERS, EnumSet.of(SECRETARIAT), Roles.SECRETARIAT_ADMIN);
    grant(Permission.MANAGE_MEMBERS, PARTNERS, Roles.ORG_ADMIN);
    grant(Permission.MANAGE_MEMBERS, EnumSet.of(SECRETARIAT), Roles.SECRETARIAT_ADMIN);
    grant(Permission.MANAGE_ORGANISATIONS, EnumSet.of(SECRETARIAT), Roles.SECRETARIAT_ADMIN);
    grant(Permission.MANAGE_PERSONAL_DATA, EnumSet.of(SECRETARIAT), Roles.SECRETARIAT_ADMIN);
    grant(Permission.HANDLE_COMPLAINTS, EnumSet.of(SECRETARIAT), Roles.REVIEWER, Roles.SECRETARIAT_ADMIN);
    grant(Permission.SEND_FEEDBACK, PARTNERS, Roles.REFERRER, Roles.ORG_ADMIN, Roles.HOST_COORDINATOR);
  }

  private AccessPolicy() {}

  private static void grant(Permission permission, Set<OrganisationKind> kinds, String... roles) {
    Map<OrganisationKind, Set<String>> byKind = GRANTS.computeIfAbsent(permission, p -> new EnumMap<>(OrganisationKind.class));
    for (OrganisationKind kind : kinds) {
      byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(List.of(roles));
    }
  }

  /** True when one of the roles, in an organisation of one of the kinds, holds the permission. */
  public static boolean allows(Set<OrganisationKind> kinds, Set<String> roles, Permission permission) {
    Map<OrganisationKind, Set<String>> byKind = GRANTS.getOrDefault(permission, Map.of());
    return kinds.stream().anyMatch(kind -> !Collections.disjoint(byKind.getOrDefault(kind, Set.of()), roles));
  }

  /** The roles of an organisation kind that hold the permission (for the README's table). */
  public static Set<String> rolesHolding(Permission permission, OrganisationKind kind) {
    return Collections.unmodifiableSet(GRANTS.getOrDefault(permission, Map.of()).getOrDefault(kind, Set.of()));
  }

  /** The table as Markdown: a row per permission, a column per organisation kind. */
  public static String asMarkdown() {
    StringBuilder table = new StringBuilder("| permission |");
    for (OrganisationKind kind : OrganisationKind.values()) {
      table.append(' ').append(kind.name()).append(" |");
    }
    table.append("\n|---|");
    table.append("---|".repeat(OrganisationKind.values().length));
    for (Permission permission : Permission.values()) {
      table.append("\n| ").append(permission.name()).append(" |");
      for (OrganisationKind kind : OrganisationKind.values()) {
        table.append(' ').append(String.join(", ", rolesHolding(permission, kind))).append(" |");
      }
    }
    return table.append('\n').toString();
  }
}
