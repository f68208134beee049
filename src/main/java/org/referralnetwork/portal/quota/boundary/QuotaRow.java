package org.referralnetwork.portal.quota.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.referralnetwork.portal.referral.entity.Programme;

/** A quota's figures, as the dashboard and the partner's summary show them. */
public final class QuotaRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Programme programme;
  private final String organisationName;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final int allotted;
  private final int held;
  private final int used;
  private final int waitlisted;

  QuotaRow(long id, Programme programme, String organisationName, LocalDate periodStart, LocalDate periodEnd, int allotted,
      int held, int used, int waitlisted) {
    this.id = id;
    this.programme = programme;
    this.organisationName = organisationName;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.allotted = allotted;
    this.held = held;
    this.used = used;
    this.waitlisted = waitlisted;
  }

  public long getId() { return id; }
  public Programme getProgramme() { return programme; }
  public String getOrganisationName() { return organisationName; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public int getAllotted() { return allotted; }
  public int getHeld() { return held; }
  public int getUsed() { return used; }
  public int getAvailable() { return allotted - held - used; }
  public int getWaitlisted() { return waitlisted; }
  public String getLabel() { return organisationName + " · " + programme + " · " + periodStart + " – " + periodEnd; }
}
