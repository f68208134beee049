package org.referralnetwork.portal.quota.boundary.web;

import jakarta.ejb.EJB;
import org.referralnetwork.portal.referral.entity.Referral;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.quota.boundary.QuotaRefusedException;
import org.referralnetwork.portal.quota.boundary.QuotaRow;
import org.referralnetwork.portal.quota.boundary.Quotas;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.security.NotAllowedException;

/** The secretariat's slot page: every quota's figures, new quotas, changes with a reason, the waitlist. */
@Named("quotaDashboard")
@ViewScoped
public class QuotaDashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a change does to the chosen quota. */
  public enum Change { RAISE, LOWER, MOVE }

  @EJB private Quotas quotas;
  @Inject private Messages messages;

  private List<QuotaRow> rows;
  private Programme programme = Programme.TEMPORARY_RELOCATION;
  private String organisationId;
  private LocalDate start = LocalDate.now(ZoneOffset.UTC).withDayOfYear(1);
  private LocalDate end = start.plusYears(1).minusDays(1);
  private Integer slots;
  private String reason;
  private Long quotaId;
  private Change change = Change.RAISE;
  private Long targetId;
  private Integer count;
  private String changeReason;

  @PostConstruct
  void load() {
    rows = quotas.all();
  }

  /** The CSV export of the table, recorded before PrimeFaces writes it. */
  public void recordCsvExport() {
    quotas.export("CSV");
  }

  public void create() {
    try {
      quotas.create(programme, organisationId, start, end, slots, reason);
      messages.info("quota.created");
      slots = null;
      reason = null;
      load();
    } catch (QuotaRefusedException refused) {
      messages.error(refused.getKey());
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
  }

  public void apply() {
    try {
      if (quotaId == null) {
        throw new QuotaRefusedException("quota.required");
      }
      switch (change) {
        case RAISE -> quotas.raise(quotaId, count, changeReason);
        case LOWER -> quotas.lower(quotaId, count, changeReason);
        case MOVE -> quotas.move(quotaId, targetId == null ? -1 : targetId, count, changeReason);
      }
      messages.info("quota.changed");
      count = null;
      changeReason = null;
      load();
    } catch (QuotaRefusedException refused) {
      messages.error(refused.getKey());
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
  }

  public void giveToWaitlist() {
    try {
      Optional<Long> given = quotaId == null ? Optional.empty() : quotas.giveToWaitlist(quotaId);
      if (given.isPresent()) {
        messages.info("quota.givenToWaitlist", Referral.reference(given.get()));
      } else {
        messages.error("quota.nobodyWaiting");
      }
      load();
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
  }

  /**
   * Used, held, available and waitlisted slots of every quota as one stacked bar each: usage at a
   * glance. A Chart.js configuration, which PrimeFaces' p:chart draws.
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (QuotaRow row : rows) {
      labels.add(row.getOrganisationName() + " · " + messages.text("Programme." + row.getProgramme()) + " · "
          + row.getPeriodStart().getYear());
    }
    JsonArrayBuilder sets = Json.createArrayBuilder()
        .add(dataSet("quota.used", QuotaRow::getUsed, "#1d3557"))
        .add(dataSet("quota.held", QuotaRow::getHeld, "#e9a23b"))
        .add(dataSet("quota.available", QuotaRow::getAvailable, "#7fb069"))
        .add(dataSet("quota.waitlisted", QuotaRow::getWaitlisted, "#b00020"));
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
        .add("options", Json.createObjectBuilder()
            .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", stacked)))
        .build()
        .toString();
  }

  /** Slots in use per programme over time, from the ledger: the trend over the period. */
  public String getTrend() {
    java.util.TreeSet<String> days = new java.util.TreeSet<>();
    Map<String, Map<String, Long>> byProgramme = new LinkedHashMap<>();
    for (Object[] row : quotas.trend()) {
      String day = row[1].toString();
      days.add(day);
      byProgramme.computeIfAbsent((String) row[0], p -> new LinkedHashMap<>()).put(day, ((Number) row[2]).longValue());
    }
    JsonArrayBuilder sets = Json.createArrayBuilder();
    String[] colours = {"#1d3557", "#e9a23b", "#7fb069"};
    int i = 0;
    for (Map.Entry<String, Map<String, Long>> programme : byProgramme.entrySet()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      long last = 0;
      for (String day : days) {
        last = programme.getValue().getOrDefault(day, last);
        values.add(last);
      }
      sets.add(Json.createObjectBuilder().add("label", messages.text("Programme." + programme.getKey()))
          .add("data", values).add("borderColor", colours[i++ % colours.length]).add("stepped", true));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    days.forEach(labels::add);
    return Json.createObjectBuilder().add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
        .build().toString();
  }

  private JsonObjectBuilder dataSet(String key, ToIntFunction<QuotaRow> figure, String colour) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(row -> values.add(figure.applyAsInt(row)));
    return Json.createObjectBuilder().add("label", messages.text(key)).add("data", values).add("backgroundColor", colour);
  }

  public Map<String, String> getPartners() {
    Map<String, String> partners = new LinkedHashMap<>();
    for (Object[] partner : quotas.partners()) {
      partners.put((String) partner[1], (String) partner[0]);
    }
    return partners;
  }

  public Programme[] getSlottedProgrammes() {
    return new Programme[] {Programme.TEMPORARY_RELOCATION, Programme.CANADA_STREAM};
  }

  public Change[] getChanges() {
    return Change.values();
  }

  public List<QuotaRow> getRows() { return rows; }
  public Programme getProgramme() { return programme; }
  public void setProgramme(Programme programme) { this.programme = programme; }
  public String getOrganisationId() { return organisationId; }
  public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
  public LocalDate getStart() { return start; }
  public void setStart(LocalDate start) { this.start = start; }
  public LocalDate getEnd() { return end; }
  public void setEnd(LocalDate end) { this.end = end; }
  public Integer getSlots() { return slots; }
  public void setSlots(Integer slots) { this.slots = slots; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public Long getQuotaId() { return quotaId; }
  public void setQuotaId(Long quotaId) { this.quotaId = quotaId; }
  public Change getChange() { return change; }
  public void setChange(Change change) { this.change = change; }
  public Long getTargetId() { return targetId; }
  public void setTargetId(Long targetId) { this.targetId = targetId; }
  public Integer getCount() { return count; }
  public void setCount(Integer count) { this.count = count; }
  public String getChangeReason() { return changeReason; }
  public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
}
