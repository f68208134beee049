package org.referralnetwork.portal.organisation.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.organisation.boundary.KeycloakUnavailableException;
import org.referralnetwork.portal.organisation.boundary.NewOrganisation;
import org.referralnetwork.portal.organisation.boundary.OnboardingRefusedException;
import org.referralnetwork.portal.organisation.boundary.OrganisationAdministration;
import org.referralnetwork.portal.organisation.boundary.OrganisationRow;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.platform.web.Messages;

/** The secretariat's organisations page: the list, registering a partner, suspending and reactivating one. */
@Named("organisationsPage")
@ViewScoped
public class OrganisationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationAdministration administration;
  @Inject private Messages messages;

  private List<OrganisationRow> rows = List.of();
  private String name;
  private List<OrganisationKind> kinds;
  private String domain;
  private String country;
  private String contact;
  private String selectedId;
  private String reason;

  @PostConstruct
  void load() {
    try {
      rows = administration.all();
    } catch (KeycloakUnavailableException unreachable) {
      messages.error("members.unreachable");
    }
  }

  public void register() {
    run(() -> {
      administration.register(new NewOrganisation(name, kinds == null ? Set.of() : EnumSet.copyOf(kinds), domain, country,
          contact));
      messages.info("organisations.registered", name);
      name = null;
      kinds = null;
      domain = null;
      country = null;
      contact = null;
    });
  }

  public void suspend() {
    run(() -> {
      administration.suspend(requireSelected(), reason);
      messages.info("organisations.suspendedNow");
      reason = null;
    });
  }

  public void reactivate() {
    run(() -> {
      administration.reactivate(requireSelected());
      messages.info("organisations.reactivatedNow");
    });
  }

  private String requireSelected() {
    if (selectedId == null || selectedId.isBlank()) {
      throw new OnboardingRefusedException("organisations.choose");
    }
    return selectedId;
  }

  private void run(Runnable step) {
    try {
      step.run();
      load();
    } catch (OnboardingRefusedException refused) {
      messages.error(refused.messageKey());
    } catch (KeycloakUnavailableException unreachable) {
      messages.error("members.unreachable");
    }
  }

  /** The kinds a partner can be registered as (the secretariat is not registered here). */
  public List<OrganisationKind> getPartnerKinds() {
    return List.copyOf(EnumSet.complementOf(EnumSet.of(OrganisationKind.SECRETARIAT)));
  }

  public List<OrganisationRow> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<OrganisationKind> getKinds() {
    return kinds;
  }

  public void setKinds(List<OrganisationKind> kinds) {
    this.kinds = kinds;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(String selectedId) {
    this.selectedId = selectedId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
