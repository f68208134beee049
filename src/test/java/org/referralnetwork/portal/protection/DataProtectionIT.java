package org.referralnetwork.portal.protection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.platform.DataSourceConfiguration;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.protection.control.Envelope;
import org.referralnetwork.portal.protection.control.MasterKeyRing;
import org.referralnetwork.portal.protection.control.MasterKeys;
import org.referralnetwork.portal.referral.control.DefenderIdentities;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralDocument;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.Urgency;
import org.referralnetwork.portal.testing.Deployments;

/**
 * In the container, against the real database: what a copy of the database shows of a referral
 * (nothing personal), what destroying its data key does, and a master key rotation.
 */
@ExtendWith(ArquillianExtension.class)
class DataProtectionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner();
  }

  @Inject DataKeys dataKeys;
  @Inject MasterKeys masterKeys;
  @Inject DefenderIdentities identities;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "portal.master-key-file")
  String masterKeyFile;

  @Test
  void aCopyOfTheDatabaseShowsNoNameContactNarrativeMessageOrDocument() throws Exception {
    String nonce = "zq" + UUID.randomUUID().toString().replace("-", "");
    long id = referral("Zaynab " + nonce, nonce);

    List<String> found = dumpLinesContaining(nonce);
    assertTrue(found.isEmpty(), "plain personal data in the database: " + found);

    em.clear();
    Referral read = em.find(Referral.class, id);
    assertEquals("Zaynab " + nonce, read.getDefender().getNameOrAlias());
    assertEquals("signal " + nonce, read.getDefender().getSafeContact());
    assertEquals("threats after the trial " + nonce, read.getRiskSituation());
    assertEquals("withdrawn: " + nonce, read.getHistory().get(2).getReason());
    ReferralDocument document = em.createQuery("SELECT d FROM ReferralDocument d WHERE d.referral.id = :id", ReferralDocument.class)
        .setParameter("id", id).getSingleResult();
    assertArrayEquals(("statement " + nonce).getBytes(StandardCharsets.UTF_8), document.getContent());
    assertEquals("statement-" + nonce + ".txt", document.getFileName());
  }

  @Test
  void destroyingTheDataKeyLeavesTheRowsButNothingReadable() throws Exception {
    String nonce = "zq" + UUID.randomUUID().toString().replace("-", "");
    long id = referral("Omar " + nonce, nonce);
    transaction.begin();
    Referral referral = em.find(Referral.class, id);
    long key = referral.getDataKeyId();
    dataKeys.destroy(key);
    referral.markErased(Instant.now());
    transaction.commit();

    em.clear();
    Referral erased = em.find(Referral.class, id);
    assertTrue(erased.getDefender().isErased());
    assertNull(erased.getDefender().getNameOrAlias());
    assertNull(erased.getRiskSituation());
    assertNull(erased.getDefender().getIdentityHash(), "the person can no longer be recognised");
    assertNull(em.createQuery("SELECT d FROM ReferralDocument d WHERE d.referral.id = :id", ReferralDocument.class)
        .setParameter("id", id).getSingleResult().getContent());
    assertNull(em.createQuery("SELECT m FROM ReferralMessage m WHERE m.referral.id = :id", ReferralMessage.class)
        .setParameter("id", id).getSingleResult().getBody());
    try (Connection c = dataSource.getConnection()) {
      assertNull(column(c, "SELECT wrapped FROM data_key WHERE id = " + key), "no copy of the key is left to open them");
      assertTrue(column(c, "SELECT risk_situation FROM referral WHERE id = " + id).length > 0, "the sealed bytes stay");
    }
  }

  @Test
  void rotatingTheMasterKeyRewrapsEveryDataKeyAndEverythingStaysReadable() throws Exception {
    String nonce = "zq" + UUID.randomUUID().toString().replace("-", "");
    long id = referral("Lina " + nonce, nonce);
    Path file = Path.of(masterKeyFile);
    String before = Files.readString(file);
    String newId = "rotated-" + System.nanoTime();
    String newLine = MasterKeyRing.newLine(newId);
    Files.writeString(file, newLine + "\n" + before);
    assertEquals(newId, masterKeys.ring().current().id(), "a changed key file is read without a restart");
    assertTrue(dataKeys.wrappedByFormerMasterKeys() > 0);

    while (dataKeys.rewrap(100) > 0) {
      // batches until every live data key is wrapped by the new master key
    }
    assertEquals(0, dataKeys.wrappedByFormerMasterKeys());
    // the old master keys are retired: only the new one is left
    Files.writeString(file, newLine + "\n");
    MasterKeyRing onlyNew = masterKeys.ring();
    assertEquals(List.of(newId), onlyNew.ids());

    // every field of the referral opens with keys unwrapped by the new master key alone
    try (Connection c = dataSource.getConnection()) {
      byte[] name = column(c, "SELECT name_or_alias FROM defender d JOIN referral r ON r.defender_id = d.id WHERE r.id = " + id);
      long keyId = Envelope.keyIdOf(name);
      SecretKey key = Envelope.unwrap(onlyNew.current().key(), newId, keyId, column(c, "SELECT wrapped FROM data_key WHERE id = " + keyId));
      assertArrayEquals(("Lina " + nonce).getBytes(StandardCharsets.UTF_8), Envelope.open(key, name));
    }
    em.clear();
    assertEquals("threats after the trial " + nonce, em.find(Referral.class, id).getRiskSituation());
  }

  /** A referral with every kind of personal data, the nonce in each; committed. */
  private long referral(String name, String nonce) throws Exception {
    transaction.begin();
    Organisation organisation = new Organisation(UUID.randomUUID().toString(), "dp-" + nonce.substring(2, 10), "DP",
        EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), Instant.now());
    em.persist(organisation);
    Defender defender = new Defender(organisation, dataKeys.create(), name, "SY");
    identities.identify(defender, name, "SY");
    defender.describe("woman " + nonce, "she/her", "Arabic " + nonce, "signal " + nonce, "journalist " + nonce);
    Referral referral = Referral.draft(organisation, defender, Programme.EMERGENCY_GRANT, Urgency.URGENT, RequestLanguage.AR,
        "tester", Instant.now());
    referral.describe(new Referral.Details("threats after the trial " + nonce, Urgency.URGENT, RequestLanguage.AR,
        EnumSet.of(ProtectionMeasure.LEGAL_AID), "other " + nonce, null, null, 1, "her son " + nonce, "none " + nonce, true,
        Confidentiality.CONFIDENTIAL, null));
    em.persist(referral);
    referral.apply(Transition.SUBMIT, "tester", null, Instant.now());
    referral.apply(Transition.WITHDRAW, "tester", "withdrawn: " + nonce, Instant.now());
    em.persist(new ReferralMessage(referral, "tester", false, Instant.now(), "call her brother " + nonce));
    em.persist(new ReferralDocument(referral, "statement-" + nonce + ".txt", "text/plain",
        ("statement " + nonce).getBytes(StandardCharsets.UTF_8), "tester", Instant.now()));
    transaction.commit();
    return referral.getId();
  }

  /** Every table, every row, every column, as a dump would hold them: the ones that contain the text. */
  private List<String> dumpLinesContaining(String text) throws Exception {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      assertTrue(names.size() > 20, "all the portal's tables: " + names);
      for (String table : names) {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table); ResultSet rows = s.executeQuery()) {
          ResultSetMetaData meta = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              byte[] value = rows.getBytes(i);
              if (value != null && indexOf(value, needle) >= 0) {
                found.add(table + "." + meta.getColumnName(i));
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] column(Connection c, String sql) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      assertTrue(r.next(), sql);
      return r.getBytes(1);
    }
  }
}
