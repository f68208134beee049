package org.referralnetwork.portal.protection.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.protection.control.MasterKeyRing;
import org.referralnetwork.portal.protection.control.MasterKeys;
import org.referralnetwork.portal.protection.control.Retention;
import org.referralnetwork.portal.protection.control.RetentionRules;
import org.referralnetwork.portal.referral.boundary.InvalidDraftException;
import org.referralnetwork.portal.referral.boundary.VisibleReferrals;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralDocument;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.StatusChange;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * A defender's rights over their data, handled by the secretariat: a copy of everything the portal
 * holds about them in one referral (right of access), and its erasure by destroying the
 * referral's data key (right to erasure). The retention rules erase the same way.
 */
@Stateless
@AuditRefusals
public class PersonalData {

  public static final String RETENTION_JOB = "retention";
  private static final int REWRAP_BATCH = 500;

  @Inject private CurrentCaller caller;
  @Inject private VisibleReferrals visible;
  @Inject private DataKeys dataKeys;
  @Inject private MasterKeys masterKeys;
  @Inject private Retention retention;
  @EJB private AuditLog audit;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Everything the portal holds about the defender of one referral, as JSON, for the defender. */
  public byte[] export(long referralId) {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    Referral referral = visible.get(referralId);
    if (referral.getErasedAt() != null) {
      throw new PersonalDataErasedException();
    }
    audit.record(AuditAction.PERSONAL_DATA_EXPORTED, referralId, referral.getOrganisation().getId(), null);
    return json(referral);
  }

  /** Erases the defender's data in one referral now; {@code reason} says on whose request, never who. */
  public void erase(long referralId, String reason) {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    Referral referral = visible.get(referralId);
    if (reason == null || reason.isBlank() || reason.strip().length() > 400) {
      throw new InvalidDraftException(List.of("privacy.erase.reasonRequired"));
    }
    if (!referral.isErasable()) {
      throw new PersonalDataStillNeededException();
    }
    eraseNow(referral);
    audit.record(AuditAction.PERSONAL_DATA_ERASED, referralId, referral.getOrganisation().getId(), "on request: " + reason.strip());
  }

  /** What the retention rules would erase now: the dry run the secretariat checks. */
  public List<Retention.Due> dueForErasure() {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    return retention.due(clock.instant());
  }

  /** Erases now what the retention rules say is due, as the nightly job does; returns how many. */
  public int eraseDue() {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    return eraseDue((referral, detail) ->
        audit.record(AuditAction.PERSONAL_DATA_ERASED, referral.getId(), referral.getOrganisation().getId(), detail));
  }

  /** The nightly job's run, with no person logged in: the audit log names the job. */
  public int eraseDueByJob() {
    return eraseDue((referral, detail) -> audit.recordByJob(RETENTION_JOB, AuditAction.PERSONAL_DATA_ERASED,
        referral.getId(), referral.getOrganisation().getId(), detail));
  }

  private int eraseDue(BiConsumer<Referral, String> record) {
    List<Retention.Due> due = retention.due(clock.instant());
    for (Retention.Due one : due) {
      Referral referral = em.find(Referral.class, one.referralId());
      eraseNow(referral);
      record.accept(referral, "retention: " + one.months() + " months after " + one.status());
    }
    return due.size();
  }

  /** Which master key wraps new data keys, which others the ring holds, how many keys they still wrap. */
  public record KeyStatus(String current, List<String> known, long wrappedByFormerKeys) implements Serializable {}

  public KeyStatus keyStatus() {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    MasterKeyRing ring = masterKeys.ring();
    return new KeyStatus(ring.current().id(), ring.ids(), dataKeys.wrappedByFormerMasterKeys());
  }

  /**
   * Wraps every data key with the current master key now, instead of waiting for the job; afterwards
   * the former master keys may be retired. Returns how many were rewrapped.
   */
  public int rewrapNow() {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    int total = 0;
    for (int batch = dataKeys.rewrap(REWRAP_BATCH); batch > 0; batch = dataKeys.rewrap(REWRAP_BATCH)) {
      total += batch;
    }
    audit.record(AuditAction.MASTER_KEY_ROTATED, "data keys rewrapped with " + masterKeys.ring().current().id() + ": " + total);
    return total;
  }

  private void eraseNow(Referral referral) {
    Instant now = clock.instant();
    dataKeys.destroy(referral.getDataKeyId());
    referral.markErased(now);
    // free texts about the stay that were kept in the clear for the host: they go too
    em.createQuery("UPDATE RelocationOffer o SET o.note = NULL, o.answerReason = NULL WHERE o.referral = :r")
        .setParameter("r", referral).executeUpdate();
    em.createQuery("UPDATE Relocation l SET l.endReason = NULL, l.followUpNotes = NULL WHERE l.referral = :r")
        .setParameter("r", referral).executeUpdate();
  }

  private byte[] json(Referral referral) {
    Defender defender = referral.getDefender();
    JsonObjectBuilder person = Json.createObjectBuilder();
    add(person, "nameOrAlias", defender.getNameOrAlias());
    add(person, "country", defender.getCountryCode());
    add(person, "genderIdentity", defender.getGenderIdentity());
    add(person, "pronouns", defender.getPronouns());
    add(person, "languages", defender.getLanguages());
    add(person, "safeContact", defender.getSafeContact());
    add(person, "humanRightsWork", defender.getHumanRightsWork());
    JsonObjectBuilder request = Json.createObjectBuilder()
        .add("reference", Referral.reference(referral.getId()))
        .add("programme", referral.getProgramme().name())
        .add("status", referral.getStatus().name())
        .add("referredBy", referral.getOrganisation().getName())
        .add("createdAt", referral.getCreatedAt().toString());
    add(request, "riskSituation", referral.getRiskSituation());
    add(request, "otherMeasures", referral.getOtherMeasures());
    add(request, "familyDetails", referral.getFamilyDetails());
    add(request, "otherApplications", referral.getOtherApplications());
    JsonArrayBuilder history = Json.createArrayBuilder();
    for (StatusChange change : referral.getHistory()) {
      JsonObjectBuilder line = Json.createObjectBuilder().add("at", change.getChangedAt().toString())
          .add("status", change.getToStatus().name());
      add(line, "reason", change.getReason());
      history.add(line);
    }
    JsonArrayBuilder messages = Json.createArrayBuilder();
    for (ReferralMessage message : em.createQuery(
        "SELECT m FROM ReferralMessage m WHERE m.referral = :r ORDER BY m.sentAt, m.id", ReferralMessage.class)
        .setParameter("r", referral).getResultList()) {
      messages.add(Json.createObjectBuilder().add("at", message.getSentAt().toString())
          .add("fromSecretariat", message.isFromSecretariat()).add("text", message.getBody()));
    }
    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (ReferralDocument document : em.createQuery(
        "SELECT d FROM ReferralDocument d WHERE d.referral = :r ORDER BY d.id", ReferralDocument.class)
        .setParameter("r", referral).getResultList()) {
      documents.add(Json.createObjectBuilder().add("fileName", document.getFileName())
          .add("type", document.getContentType()).add("bytes", document.getSizeBytes()));
    }
    StringWriter out = new StringWriter();
    Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(
        Json.createObjectBuilder().add("defender", person).add("referral", request).add("history", history)
            .add("messages", messages).add("documents", documents).build());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void add(JsonObjectBuilder object, String name, String value) {
    if (value != null) {
      object.add(name, value);
    }
  }

  /** The retention rules in force, from the configuration. */
  public List<RetentionRules.Rule> rules() {
    caller.require(Permission.MANAGE_PERSONAL_DATA);
    return retention.rules().rules();
  }
}
