package org.referralnetwork.portal.audit.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.referralnetwork.portal.audit.boundary.AuditTrail;
import org.referralnetwork.portal.audit.control.AuditChain;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.audit.entity.AuditEvent;
import org.referralnetwork.portal.platform.web.Messages;

/**
 * The audit log page: the secretariat searches every event and verifies the chain; an
 * organisation's admin sees the events on its own referrals.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;
  @Inject private Messages messages;

  private String actor;
  private AuditAction action;
  private String reference;
  private LocalDate from;
  private LocalDate until;
  private AuditTrail.Search search = new AuditTrail.Search(null, null, null, null, null);
  private final LazyDataModel<AuditEvent> events = new Events();

  /** Applies the search fields; a reference that is not one says so and keeps the fields. */
  public void find() {
    Long referralId = null;
    if (reference != null && !reference.isBlank()) {
      String digits = reference.strip().replaceFirst("^[Rr]-?", "");
      if (!digits.matches("\\d{1,12}")) {
        messages.error("audit.badReference");
        return;
      }
      referralId = Long.parseLong(digits);
    }
    search = new AuditTrail.Search(actor, action, referralId,
        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  public void verify() {
    AuditChain.Check check = trail.verify();
    if (check.isIntact()) {
      messages.info("audit.intact", check.linesChecked());
      messages.info("audit.head", String.valueOf(check.lastSeq()), check.lastHash());
    } else {
      messages.error("audit.broken", check.firstBrokenSeq(), check.problem());
    }
  }

  private final class Events extends LazyDataModel<AuditEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(Math.min(trail.count(search), Integer.MAX_VALUE));
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return trail.search(search, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return String.valueOf(event.getSeq());
    }
  }

  public LazyDataModel<AuditEvent> getEvents() { return events; }
  public AuditAction[] getActions() { return AuditAction.values(); }
  public String getActor() { return actor; }
  public void setActor(String actor) { this.actor = actor; }
  public AuditAction getAction() { return action; }
  public void setAction(AuditAction action) { this.action = action; }
  public String getReference() { return reference; }
  public void setReference(String reference) { this.reference = reference; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getUntil() { return until; }
  public void setUntil(LocalDate until) { this.until = until; }
}
