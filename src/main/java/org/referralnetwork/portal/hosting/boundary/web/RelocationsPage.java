package org.referralnetwork.portal.hosting.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.referralnetwork.portal.hosting.boundary.OfferRow;
import org.referralnetwork.portal.hosting.boundary.RelocationBoard;
import org.referralnetwork.portal.hosting.boundary.RelocationRow;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;
import org.referralnetwork.portal.security.NotAllowedException;

/**
 * Who is where, until when: a timeline of relocations, one line per host (the secretariat sees
 * every host, a host its own), the same as a table, and for the secretariat the offers waiting.
 */
@Named("relocationsPage")
@ViewScoped
public class RelocationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RelocationBoard board;
  @Inject private CurrentCaller caller;
  @Inject private Messages messages;

  private List<RelocationRow> relocations;
  private List<OfferRow> waiting;
  private TimelineModel<String, String> timeline;

  public String load() {
    try {
      // the last three months' ended stays too, for the secretariat's follow-up
      relocations = board.relocations(LocalDate.now(ZoneOffset.UTC).minusMonths(3));
      waiting = caller.may(Permission.REVIEW) ? board.waitingOffers() : List.of();
    } catch (NotAllowedException refused) {
      return HostingProfilePage.NOT_FOUND;
    }
    timeline = new TimelineModel<>();
    Set<String> hosts = new LinkedHashSet<>();
    for (RelocationRow r : relocations) {
      hosts.add(r.getHostName());
      timeline.add(TimelineEvent.<String>builder()
          .id("relocation-" + r.getId())
          .data(r.getReference() + " · " + messages.text("RelocationState." + r.getState()))
          .startDate(r.getPlannedStart())
          .endDate(r.getLastDay().plusDays(1))
          .group(r.getHostName())
          .styleClass("relocation-" + r.getState())
          .editable(false)
          .build());
    }
    hosts.forEach(host -> timeline.addGroup(new TimelineGroup<>(host, host)));
    return null;
  }

  public List<RelocationRow> getRelocations() { return relocations; }
  public List<OfferRow> getWaiting() { return waiting; }
  public TimelineModel<String, String> getTimeline() { return timeline; }
}
