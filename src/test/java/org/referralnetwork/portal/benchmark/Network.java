package org.referralnetwork.portal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.referralnetwork.portal.benchmark.KeycloakSeeder.User;
import org.referralnetwork.portal.benchmark.NetworkGenerator.Partner;

/**
 * The organisations and people of the benchmark: the six of the demo realm plus generated ones of
 * every kind, up to 50; the demo users plus generated members up to 1,000. Among them, 32 referrers
 * of Alpha Defenders Network and 32 reviewers of the secretariat sign in to work the pages.
 */
final class Network {

  static final int SIGNING_IN = 32;
  private static final int DEMO_USERS = 10;
  private static final String[] KINDS = {"CONSORTIUM_PARTNER", "CONSORTIUM_PARTNER", "RELOCATION_HOST",
      "SHELTER_COPARTNER", "CANADA_REFERRAL_PARTNER"};

  /** An organisation as the portal registers it. */
  record Organisation(String id, String alias, String name, String kind) {}

  private final List<Organisation> organisations;
  private final List<Partner> partners;
  private final String alphaId;
  private final int users;

  private Network(List<Organisation> organisations, List<Partner> partners, String alphaId, int users) {
    this.organisations = organisations;
    this.partners = partners;
    this.alphaId = alphaId;
    this.users = users;
  }

  static Network create(KeycloakSeeder keycloak, long seed, int organisationCount, int userCount) throws Exception {
    Random random = new Random(seed);
    Map<String, String> demo = keycloak.organisations();
    Map<String, String> kinds = new LinkedHashMap<>(); // in a fixed order: the same seed gives the same network
    kinds.put("partner-a", "CONSORTIUM_PARTNER");
    kinds.put("partner-b", "CONSORTIUM_PARTNER");
    kinds.put("host-city", "RELOCATION_HOST");
    kinds.put("shelter-co", "SHELTER_COPARTNER");
    kinds.put("canada-partner", "CANADA_REFERRAL_PARTNER");
    kinds.put("secretariat", "SECRETARIAT");
    for (int i = 1; kinds.size() < organisationCount; i++) {
      String alias = String.format("bench-org-%02d", i);
      String kind = KINDS[i % KINDS.length];
      if (!demo.containsKey(alias)) {
        keycloak.createOrganisation(alias, "Benchmark organisation " + i, kind);
      }
      kinds.put(alias, kind);
    }
    Map<String, String> ids = keycloak.organisations();
    List<Organisation> organisations = new ArrayList<>();
    kinds.forEach((alias, kind) -> organisations.add(new Organisation(ids.get(alias), alias,
        alias.startsWith("bench-") ? "Benchmark organisation " + alias.substring(10) : alias, kind)));

    List<User> users = new ArrayList<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String name : NetworkGenerator.usernames("bench-partner", SIGNING_IN)) {
      users.add(new User(name, ids.get("partner-a"), List.of("referrer"), true));
      members.computeIfAbsent(ids.get("partner-a"), k -> new ArrayList<>()).add(name);
    }
    for (String name : NetworkGenerator.usernames("bench-reviewer", SIGNING_IN)) {
      users.add(new User(name, ids.get("secretariat"), List.of("reviewer"), true));
    }
    List<Organisation> others = organisations.stream().filter(o -> !o.kind().equals("SECRETARIAT")).toList();
    for (String name : NetworkGenerator.usernames("bench-member", userCount - DEMO_USERS - 2 * SIGNING_IN)) {
      Organisation organisation = others.get(random.nextInt(others.size()));
      List<String> roles = new ArrayList<>(List.of("referrer"));
      if (organisation.kind().equals("RELOCATION_HOST") || organisation.kind().equals("SHELTER_COPARTNER")) {
        roles.add("host-coordinator");
      }
      users.add(new User(name, organisation.id(), roles, false));
      members.computeIfAbsent(organisation.id(), k -> new ArrayList<>()).add(name);
    }
    keycloak.createUsers(users);

    List<Partner> partners = new ArrayList<>();
    for (Organisation organisation : organisations) {
      List<String> programmes = switch (organisation.kind()) {
        case "CONSORTIUM_PARTNER" -> List.of("EMERGENCY_GRANT", "EMERGENCY_GRANT", "ORGANISATIONAL_SUPPORT",
            "TEMPORARY_RELOCATION");
        case "SHELTER_COPARTNER" -> List.of("TEMPORARY_RELOCATION", "EMERGENCY_GRANT");
        case "CANADA_REFERRAL_PARTNER" -> List.of("CANADA_STREAM");
        default -> List.of();
      };
      if (!programmes.isEmpty()) {
        partners.add(new Partner(organisation.id(), programmes,
            members.getOrDefault(organisation.id(), List.of(organisation.alias() + "-referrer"))));
      }
    }
    return new Network(organisations, partners, ids.get("partner-a"), users.size() + DEMO_USERS);
  }

  /** Registers every organisation in the portal's table, as a first sign-in of a member would. */
  void register(DataSource data) throws SQLException {
    try (Connection c = data.getConnection();
        PreparedStatement organisation = c.prepareStatement("INSERT INTO organisation (id, alias, name, registered_at,"
            + " refreshed_at) VALUES (?, ?, ?, NOW(6), NOW(6)) ON DUPLICATE KEY UPDATE name = VALUES(name)");
        PreparedStatement kind = c.prepareStatement(
            "INSERT IGNORE INTO organisation_kind (organisation_id, kind) VALUES (?, ?)")) {
      for (Organisation o : organisations) {
        organisation.setString(1, o.id());
        organisation.setString(2, o.alias());
        organisation.setString(3, o.name());
        organisation.addBatch();
        kind.setString(1, o.id());
        kind.setString(2, o.kind());
        kind.addBatch();
      }
      organisation.executeBatch();
      kind.executeBatch();
    }
  }

  List<Partner> partners() {
    return partners;
  }

  String alphaId() {
    return alphaId;
  }

  int organisationCount() {
    return organisations.size();
  }

  int userCount() {
    return users;
  }

  List<String> partnerUsers() {
    return NetworkGenerator.usernames("bench-partner", SIGNING_IN);
  }

  List<String> reviewerUsers() {
    return NetworkGenerator.usernames("bench-reviewer", SIGNING_IN);
  }
}
