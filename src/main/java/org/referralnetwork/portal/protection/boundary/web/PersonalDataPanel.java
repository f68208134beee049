package org.referralnetwork.portal.protection.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.protection.boundary.PersonalData;
import org.referralnetwork.portal.protection.boundary.PersonalDataErasedException;
import org.referralnetwork.portal.protection.boundary.PersonalDataStillNeededException;
import org.referralnetwork.portal.referral.boundary.InvalidDraftException;
import org.referralnetwork.portal.referral.boundary.web.ReferralDetails;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.security.NotAllowedException;

/** On a referral's page, for the secretariat's admin: the defender's copy of their data, and erasure. */
@Named("personalDataPanel")
@ViewScoped
public class PersonalDataPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PersonalData personalData;
  @Inject private ReferralDetails referralPage;
  @Inject private Messages messages;

  private String reason;

  /** The JSON copy, as a download; its name carries the reference, never the person. */
  public StreamedContent getExport() {
    long id = referralPage.getId();
    try {
      byte[] json = personalData.export(id);
      return DefaultStreamedContent.builder()
          .name("personal-data-" + Referral.reference(id) + ".json")
          .contentType("application/json")
          .contentLength((long) json.length)
          .stream(() -> new ByteArrayInputStream(json))
          .build();
    } catch (PersonalDataErasedException erased) {
      messages.error("privacy.alreadyErased");
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
    return null;
  }

  public String erase() {
    try {
      personalData.erase(referralPage.getId(), reason);
      messages.info("privacy.erased.done", Referral.reference(referralPage.getId()));
      return referralPage.showAgain();
    } catch (InvalidDraftException invalid) {
      messages.error("privacy.erase.reasonRequired");
    } catch (PersonalDataStillNeededException open) {
      messages.error("privacy.erase.stillOpen");
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
    return null;
  }

  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
