package org.referralnetwork.portal.hosting.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.referralnetwork.portal.hosting.boundary.HostDesk;
import org.referralnetwork.portal.hosting.boundary.OfferRow;
import org.referralnetwork.portal.security.NotAllowedException;

/** A host coordinator's list of the offers made to their organisation. */
@Named("hostOffers")
@ViewScoped
public class HostOffersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HostDesk desk;

  private List<OfferRow> offers;

  public String load() {
    try {
      offers = desk.offers();
      return null;
    } catch (NotAllowedException refused) {
      return HostingProfilePage.NOT_FOUND;
    }
  }

  public List<OfferRow> getOffers() {
    return offers;
  }
}
