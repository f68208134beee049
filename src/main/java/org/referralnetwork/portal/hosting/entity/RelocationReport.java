package org.referralnetwork.portal.hosting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.referralnetwork.portal.protection.control.Sealed;

/** A status update or the mid-term check a host writes during a relocation. */
@Entity
@Table(name = "relocation_report")
public class RelocationReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "relocation_id", nullable = false)
  private Relocation relocation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportKind kind;

  @Column(name = "written_by", nullable = false)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false)
  private Sealed body;

  protected RelocationReport() {}

  public RelocationReport(Relocation relocation, ReportKind kind, String writtenBy, Instant writtenAt, String body) {
    this.relocation = relocation;
    this.kind = kind;
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
    relocation.getReferral().requireNotErased();
    this.body = Sealed.text(relocation.getReferral().getDataKeyId(), body);
  }

  public ReportKind getKind() { return kind; }
  public String getWrittenBy() { return writtenBy; }
  public Instant getWrittenAt() { return writtenAt; }
  public String getBody() { return Sealed.textOf(body); }
}
