package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PortalSession;
import org.referralnetwork.portal.testing.PageForms;
import org.referralnetwork.portal.testing.TestRows;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * The access matrix, generated: every demo user of the realm (so every role of every organisation
 * kind, and people of no or two organisations) tries every page of {@link PagePermissions} and
 * every referral, document and offer of every organisation, by address, over HTTP with a real
 * login. What {@link AccessPolicy} and the organisation scoping refuse is refused, what they allow
 * opens, and every refused attempt is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  private static final Set<String> PAGES_OF_ONE_THING = Set.of("referral.xhtml", "document", "hosting/offer.xhtml");

  @ArquillianResource URL deployed;

  /** A demo user as the realm file defines them. */
  record Person(String username, List<String> organisations, Set<OrganisationKind> kinds, Set<String> roles) {
    boolean inOneOrganisation() {
      return organisations.size() == 1;
    }

    boolean may(Permission permission) {
      return inOneOrganisation() && AccessPolicy.allows(kinds, roles, permission);
    }
  }

  /** Something to try by address, and whose it is. */
  record Target(String path, String ownerAlias, String kind) {}

  @Test
  void everyoneIsRefusedWhatIsNotTheirsAndEveryRefusalIsAudited() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    List<Person> people = realmPeople();
    Map<String, PortalSession> sessions = new LinkedHashMap<>();
    for (Person person : people) {
      sessions.put(person.username(), PortalSession.signIn(portal, person.username()));
    }
    long auditBefore = auditHead();
    List<Target> targets = new ArrayList<>();
    PagePermissions.pages().stream().sorted().forEach(page -> targets.add(new Target(page.substring(1), null, "page")));
    targets.addAll(objectsOfEveryOrganisation());

    Map<String, Integer> refusedPerPerson = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Person person : people) {
      for (Target target : targets) {
        if (target.kind().equals("page") && PAGES_OF_ONE_THING.contains(target.path())) {
          continue; // shows one referral, document or offer: tried below with every organisation's
        }
        boolean expected = expectedOpen(person, target);
        HttpResponse<String> response = sessions.get(person.username()).get(target.path());
        boolean opened = response.statusCode() == 200 && !response.body().contains("Page not found")
            && !response.body().contains("not linked to one organisation");
        tried++;
        if (!response.headers().firstValue("X-Content-Type-Options").equals(java.util.Optional.of("nosniff"))
            || !response.headers().firstValue("Referrer-Policy").equals(java.util.Optional.of("no-referrer"))
            || !response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'")) {
          wrong.add(target.path() + " for " + person.username() + ": security headers missing " + response.headers().map());
        }
        if (opened != expected) {
          wrong.add(person.username() + " " + target.path() + ": " + (opened ? "opened" : "refused (" + response.statusCode() + ")")
              + ", expected " + (expected ? "open" : "refused"));
        }
        if (!expected) {
          refusedPerPerson.merge(person.username(), 1, Integer::sum);
        }
      }
    }
    assertTrue(wrong.isEmpty(), tried + " attempts, these went wrong:\n" + String.join("\n", wrong));
    Map<String, Integer> audited = refusalsAuditedSince(auditBefore);
    for (Map.Entry<String, Integer> refused : refusedPerPerson.entrySet()) {
      assertTrue(audited.getOrDefault(refused.getKey(), 0) >= refused.getValue(),
          refused.getKey() + " was refused " + refused.getValue() + " times, audited " + audited.get(refused.getKey()));
    }
    assertTrue(refusedPerPerson.values().stream().mapToInt(Integer::intValue).sum() > 100, "the matrix is not empty");
    assertEquals(people.size(), sessions.size());
  }

  @Test
  void everyButtonPostedWithAnotherOrganisationsIdChangesNothingAndIsAudited() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    Map<String, PortalSession> people = new LinkedHashMap<>();
    for (String username : List.of("alice", "bruno", "rita", "hana", "sofia")) {
      people.put(username, PortalSession.signIn(portal, username)); // registers their organisations
    }
    long alphas;
    long betas;
    long betasDraft;
    long hanasOffer;
    long sofiasOffer;
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      alphas = insertReferral(db, organisationId(db, "partner-a"));
      betas = insertReferral(db, organisationId(db, "partner-b"));
      betasDraft = insertReferral(db, organisationId(db, "partner-b"));
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate("UPDATE referral SET status = 'DRAFT', submitted_at = NULL WHERE id = " + betasDraft);
      }
      hanasOffer = insertOffer(db, insertReferral(db, organisationId(db, "partner-a")), organisationId(db, "host-city"));
      sofiasOffer = insertOffer(db, insertReferral(db, organisationId(db, "partner-b")), organisationId(db, "shelter-co"));
    }
    String untouched = stateOf(betas, betasDraft, sofiasOffer);
    long auditBefore = auditHead();

    // each person's own page, every button of every form, with the other organisation's id as the page's "id"
    Map<String, Integer> posts = new LinkedHashMap<>();
    posts.put("alice", forgeEveryButton(people.get("alice"), "referral.xhtml", alphas, betas));
    // for the secretariat, another organisation's draft is not theirs to see
    posts.put("rita", forgeEveryButton(people.get("rita"), "referral.xhtml", alphas, betasDraft));
    posts.put("hana", forgeEveryButton(people.get("hana"), "hosting/offer.xhtml", hanasOffer, sofiasOffer));

    assertEquals(untouched, stateOf(betas, betasDraft, sofiasOffer), "nothing of the other organisations changed");
    Map<String, Integer> audited = refusalsAuditedSince(auditBefore);
    for (Map.Entry<String, Integer> person : posts.entrySet()) {
      assertTrue(person.getValue() >= 2, person.getKey() + " had buttons to try: " + person.getValue());
      assertTrue(audited.getOrDefault(person.getKey(), 0) >= person.getValue(),
          person.getKey() + " posted " + person.getValue() + " forged forms, audited " + audited.get(person.getKey()));
    }
  }

  private static final TestRows SEALED = new TestRows();

  /**
   * Posts every submit button of every form of the page (its own object's), each time with the
   * form's fields as shown (empty ones given "1") and {@code forgedId} as the page's id. Returns the
   * number of posts. The language menu and the file upload are left out: they take no id.
   */
  private static int forgeEveryButton(PortalSession session, String page, long ownId, long forgedId) throws Exception {
    int posts = 0;
    for (PageForms.Button button : PageForms.buttons(session.get(page + "?id=" + ownId).body())) {
      Map<String, String> fields =
          PageForms.post(session.get(page + "?id=" + ownId).body(), button, PageForms.Fill.EMPTY_FIELDS, "1");
      fields.put("id", Long.toString(forgedId));
      session.postForm(page, fields);
      posts++;
    }
    return posts;
  }

  /** Status and version of two referrals, state and version of an offer, their messages and relocations. */
  private static String stateOf(long referral, long draft, long offer) throws Exception {
    return single("SELECT CONCAT(status, '/', version, '/', (SELECT COUNT(*) FROM referral_message m WHERE m.referral_id = r.id),"
            + " '/', (SELECT COUNT(*) FROM referral_status_change c WHERE c.referral_id = r.id)) FROM referral r WHERE id = ?", referral)
        + " " + single("SELECT CONCAT(status, '/', version) FROM referral WHERE id = ?", draft)
        + " " + single("SELECT CONCAT(state, '/', version, '/', (SELECT COUNT(*) FROM relocation x WHERE x.offer_id = o.id))"
            + " FROM relocation_offer o WHERE id = ?", offer);
  }

  private static String organisationId(Connection db, String alias) throws Exception {
    return org.referralnetwork.portal.testing.TestRows.organisationId(db, alias);
  }

  private static String single(String sql, long parameter) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static boolean expectedOpen(Person person, Target target) {
    return switch (target.kind()) {
      case "page" -> PagePermissions.of("/" + target.path()).orElseThrow().stream().anyMatch(person::may);
      case "referral" -> person.may(Permission.VIEW_REFERRALS)
          && (person.organisations().contains(target.ownerAlias()) || person.kinds().contains(OrganisationKind.SECRETARIAT));
      // at the secretariat, a document is a personal detail: only for the assigned reviewer (none here)
      case "document" -> person.may(Permission.VIEW_REFERRALS) && person.organisations().contains(target.ownerAlias());
      case "offer" -> person.may(Permission.ANSWER_OFFERS) && person.organisations().contains(target.ownerAlias());
      default -> throw new IllegalArgumentException(target.kind());
    };
  }

  /** The users of the demo realm with their organisations (by alias), kinds and realm roles. */
  private static List<Person> realmPeople() throws Exception {
    JsonObject realm;
    try (Reader file = Files.newBufferedReader(Path.of("keycloak/realm-referral-network.json"));
        JsonReader reader = Json.createReader(file)) {
      realm = reader.readObject();
    }
    Map<String, List<String>> organisationsOf = new HashMap<>();
    Map<String, Set<OrganisationKind>> kindsOf = new HashMap<>();
    for (JsonValue value : realm.getJsonArray("organizations")) {
      JsonObject organisation = value.asJsonObject();
      String alias = organisation.getString("alias");
      Set<OrganisationKind> kinds = organisation.getJsonObject("attributes").getJsonArray("kind").stream()
          .map(kind -> OrganisationKind.valueOf(((JsonString) kind).getString()))
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationKind.class)));
      for (JsonValue member : organisation.getJsonArray("members")) {
        String username = member.asJsonObject().getString("username");
        organisationsOf.computeIfAbsent(username, u -> new ArrayList<>()).add(alias);
        kindsOf.computeIfAbsent(username, u -> EnumSet.noneOf(OrganisationKind.class)).addAll(kinds);
      }
    }
    List<Person> people = new ArrayList<>();
    for (JsonValue value : realm.getJsonArray("users")) {
      JsonObject user = value.asJsonObject();
      if (user.containsKey("serviceAccountClientId")) {
        continue; // the portal's own account for Keycloak's admin API: nobody signs in with it
      }
      String username = user.getString("username");
      Set<String> roles = user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString).collect(Collectors.toSet());
      people.add(new Person(username, organisationsOf.getOrDefault(username, List.of()),
          kindsOf.getOrDefault(username, EnumSet.noneOf(OrganisationKind.class)), roles));
    }
    return people;
  }

  /**
   * For every registered partner organisation: a submitted referral with a document, and for every
   * host an offer of another organisation's referral; written straight to the database.
   */
  private static List<Target> objectsOfEveryOrganisation() throws Exception {
    List<Target> targets = new ArrayList<>();
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      Map<String, String> aliasOf = new LinkedHashMap<>();
      Map<String, Set<String>> kindsOf = new HashMap<>();
      try (Statement statement = db.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT o.id, o.alias, k.kind FROM organisation o JOIN organisation_kind k ON k.organisation_id = o.id")) {
        while (rows.next()) {
          aliasOf.put(rows.getString(1), rows.getString(2));
          kindsOf.computeIfAbsent(rows.getString(1), id -> new java.util.HashSet<>()).add(rows.getString(3));
        }
      }
      Map<String, Long> referralOf = new HashMap<>();
      for (Map.Entry<String, String> organisation : aliasOf.entrySet()) {
        if (kindsOf.get(organisation.getKey()).contains("SECRETARIAT")) {
          continue;
        }
        long referral = insertReferral(db, organisation.getKey());
        referralOf.put(organisation.getKey(), referral);
        targets.add(new Target("referral.xhtml?id=" + referral, organisation.getValue(), "referral"));
        targets.add(new Target("document?id=" + insertDocument(db, referral), organisation.getValue(), "document"));
      }
      List<String> partners = new ArrayList<>(referralOf.keySet());
      for (String host : aliasOf.keySet()) {
        Set<String> kinds = kindsOf.get(host);
        if (kinds.contains("RELOCATION_HOST") || kinds.contains("SHELTER_COPARTNER")) {
          String partner = partners.stream().filter(p -> !p.equals(host)).findFirst().orElseThrow();
          long referral = insertReferral(db, partner);
          targets.add(new Target("hosting/offer.xhtml?id=" + insertOffer(db, referral, host), aliasOf.get(host), "offer"));
        }
      }
    }
    return targets;
  }

  private static long insertReferral(Connection db, String organisationId) throws Exception {
    return SEALED.insertReferral(db, organisationId, "TEMPORARY_RELOCATION", "SUBMITTED", "Matrix Defender " + System.nanoTime(), 0);
  }

  private static long insertDocument(Connection db, long referral) throws Exception {
    long key = Long.parseLong(single("SELECT data_key_id FROM referral WHERE id = ?", referral));
    return TestRows.insert(db, "INSERT INTO referral_document (referral_id, file_name, content_type, size_bytes, content, uploaded_by,"
        + " uploaded_at) VALUES (?, ?, 'text/plain', 5, ?, 'matrix', NOW(6))", referral, SEALED.seal(key, "statement.txt"),
        SEALED.seal(key, "hello"));
  }

  private static long insertOffer(Connection db, long referral, String hostId) throws Exception {
    return TestRows.insertOffer(db, referral, hostId);
  }



  private static long auditHead() throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        Statement statement = db.createStatement();
        ResultSet head = statement.executeQuery("SELECT seq FROM audit_head WHERE id = 1")) {
      head.next();
      return head.getLong(1);
    }
  }

  private static Map<String, Integer> refusalsAuditedSince(long seq) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement statement = db.prepareStatement(
            "SELECT actor, COUNT(*) FROM audit_event WHERE seq > ? AND action = 'ACCESS_REFUSED' GROUP BY actor")) {
      statement.setLong(1, seq);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return counts;
  }
}
