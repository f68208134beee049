package org.referralnetwork.portal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One line of the audit log: who (and of which organisation), when, what, on which referral
 * (and whose), from where. Never personal data of a defender. Its hash covers its fields and the
 * previous line's hash, so the log is a chain that shows any edit, deletion or insertion.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

  /** The hash before the first line. */
  public static final String GENESIS = "0".repeat(64);

  @Id private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AuditAction action;

  @Column(name = "referral_id")
  private Long referralId;

  @Column(name = "subject_org", length = 36)
  private String subjectOrg;

  @Column(length = 500)
  private String detail;

  @Column(length = 64)
  private String source;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  /** The next line of the chain after the line numbered {@code seq - 1} with hash {@code prevHash}. */
  public AuditEvent(long seq, String prevHash, Instant occurredAt, String actor, String organisationId, AuditAction action,
      Long referralId, String subjectOrg, String detail, String source) {
    this.seq = seq;
    this.prevHash = prevHash;
    // stored with microseconds: the hash is made of what the database gives back
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.organisationId = organisationId;
    this.action = action;
    this.referralId = referralId;
    this.subjectOrg = subjectOrg;
    this.detail = detail;
    this.source = source;
    this.hash = computeHash();
  }

  /** SHA-256 over the fields, one per line, and the previous hash. */
  public String computeHash() {
    String canonical = String.join("\n", Long.toString(seq), Long.toString(occurredAt.getEpochSecond()),
        Integer.toString(occurredAt.getNano()), actor, text(organisationId), action.name(),
        referralId == null ? "" : referralId.toString(), text(subjectOrg), text(detail), text(source), prevHash);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java has SHA-256", impossible);
    }
  }

  /** The line is as it was written: its hash is the hash of its fields. */
  public boolean isIntact() {
    return hash.equals(computeHash());
  }

  private static String text(String value) {
    // a field's own line breaks cannot shift the fields after it
    return value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n");
  }

  public long getSeq() { return seq; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public String getOrganisationId() { return organisationId; }
  public AuditAction getAction() { return action; }
  public Long getReferralId() { return referralId; }
  public String getSubjectOrg() { return subjectOrg; }
  public String getDetail() { return detail; }
  public String getSource() { return source; }
  public String getPrevHash() { return prevHash; }
  public String getHash() { return hash; }
}
