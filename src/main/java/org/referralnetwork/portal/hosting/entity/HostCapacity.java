package org.referralnetwork.portal.hosting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A number of places a host declares for a period (both days included). */
@Entity
@Table(name = "host_capacity")
public class HostCapacity implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false, length = 36)
  private String organisationId;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(nullable = false)
  private int places;

  protected HostCapacity() {}

  public HostCapacity(String organisationId, LocalDate periodStart, LocalDate periodEnd, int places) {
    this.organisationId = organisationId;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.places = places;
  }

  public Long getId() {
    return id;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public int getPlaces() {
    return places;
  }
}
