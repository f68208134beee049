package org.referralnetwork.portal.hosting.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.referralnetwork.portal.hosting.boundary.HostingProfiles;
import org.referralnetwork.portal.hosting.control.HostingRefusedException;
import org.referralnetwork.portal.hosting.entity.HostCapacity;
import org.referralnetwork.portal.hosting.entity.HostProfile;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.security.NotAllowedException;

/** The hosting profile page: what the organisation can offer, and the places it declares by period. */
@Named("hostingProfile")
@ViewScoped
public class HostingProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String NOT_FOUND = "/WEB-INF/errors/not-found.xhtml";

  @EJB private HostingProfiles profiles;
  @Inject private Messages messages;

  private String cities;
  private List<HostProvision> provisions = new ArrayList<>();
  private List<RequestLanguage> languages = new ArrayList<>();
  private boolean genderSensitive;
  private boolean accessible;
  private String notes;
  private LocalDate start;
  private LocalDate end;
  private Integer places;
  private List<HostCapacity> capacities;

  /** Loads the profile; for anyone but a host's coordinators and admins the page does not exist. */
  public String load() {
    HostProfile.Offering offering;
    try {
      offering = profiles.mine();
    } catch (NotAllowedException refused) {
      return NOT_FOUND;
    }
    cities = offering.cities();
    provisions = new ArrayList<>(offering.provisions());
    languages = new ArrayList<>(offering.languages());
    genderSensitive = offering.genderSensitive();
    accessible = offering.accessible();
    notes = offering.notes();
    capacities = profiles.capacities();
    return null;
  }

  public void save() {
    try {
      profiles.save(new HostProfile.Offering(cities, setOf(provisions, HostProvision.class),
          setOf(languages, RequestLanguage.class), genderSensitive, accessible, notes));
      messages.info("hosting.saved");
    } catch (HostingRefusedException refused) {
      refused.getKeys().forEach(messages::error);
    }
  }

  public void addPlaces() {
    try {
      profiles.addPlaces(start, end, places);
      messages.info("hosting.placesAdded");
      start = null;
      end = null;
      places = null;
      capacities = profiles.capacities();
    } catch (HostingRefusedException refused) {
      refused.getKeys().forEach(messages::error);
    }
  }

  public void removePlaces(long capacityId) {
    try {
      profiles.removePlaces(capacityId);
      messages.info("hosting.placesRemoved");
    } catch (HostingRefusedException refused) {
      refused.getKeys().forEach(messages::error);
    }
    capacities = profiles.capacities();
  }

  private static <E extends Enum<E>> EnumSet<E> setOf(List<E> chosen, Class<E> type) {
    return chosen == null || chosen.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(chosen);
  }

  public HostProvision[] getProvisionChoices() { return HostProvision.values(); }
  public RequestLanguage[] getLanguageChoices() { return RequestLanguage.values(); }
  public Converter<HostProvision> getProvisionConverter() { return new EnumConverter(HostProvision.class); }
  public Converter<RequestLanguage> getLanguageConverter() { return new EnumConverter(RequestLanguage.class); }
  public List<HostCapacity> getCapacities() { return capacities; }
  public String getCities() { return cities; }
  public void setCities(String cities) { this.cities = cities; }
  public List<HostProvision> getProvisions() { return provisions; }
  public void setProvisions(List<HostProvision> provisions) { this.provisions = provisions; }
  public List<RequestLanguage> getLanguages() { return languages; }
  public void setLanguages(List<RequestLanguage> languages) { this.languages = languages; }
  public boolean isGenderSensitive() { return genderSensitive; }
  public void setGenderSensitive(boolean genderSensitive) { this.genderSensitive = genderSensitive; }
  public boolean isAccessible() { return accessible; }
  public void setAccessible(boolean accessible) { this.accessible = accessible; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public LocalDate getStart() { return start; }
  public void setStart(LocalDate start) { this.start = start; }
  public LocalDate getEnd() { return end; }
  public void setEnd(LocalDate end) { this.end = end; }
  public Integer getPlaces() { return places; }
  public void setPlaces(Integer places) { this.places = places; }
}
