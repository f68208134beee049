package org.referralnetwork.portal.api.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.referralnetwork.portal.referral.boundary.DraftDetails;
import org.referralnetwork.portal.referral.boundary.DraftReferral;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/** A referral as a partner system sends it, and as the API shows its details: what the wizard asks. */
public record NewReferral(
    Programme programme,
    Urgency urgency,
    RequestLanguage language,
    String nameOrAlias,
    String countryCode,
    String genderIdentity,
    String pronouns,
    String languages,
    String safeContact,
    String humanRightsWork,
    String riskSituation,
    List<ProtectionMeasure> measures,
    String otherMeasures,
    BigDecimal amountEur,
    Integer relocationMonths,
    Integer familyMembers,
    String familyDetails,
    String otherApplications,
    Boolean consentGiven,
    Confidentiality confidentiality,
    String shareWith) {

  DraftReferral draft() {
    DraftReferral draft = new DraftReferral();
    draft.setProgramme(programme);
    draft.setNameOrAlias(nameOrAlias);
    draft.setCountryCode(countryCode);
    draft.setUrgency(urgency);
    draft.setLanguage(language);
    return draft;
  }

  DraftDetails details() {
    DraftDetails details = new DraftDetails();
    details.setNameOrAlias(nameOrAlias);
    details.setCountryCode(countryCode);
    details.setUrgency(urgency);
    details.setLanguage(language);
    details.setGenderIdentity(genderIdentity);
    details.setPronouns(pronouns);
    details.setLanguages(languages);
    details.setSafeContact(safeContact);
    details.setHumanRightsWork(humanRightsWork);
    details.setRiskSituation(riskSituation);
    details.setMeasures(measures);
    details.setOtherMeasures(otherMeasures);
    details.setAmountEur(amountEur);
    details.setRelocationMonths(relocationMonths);
    details.setFamilyMembers(familyMembers == null ? 0 : familyMembers);
    details.setFamilyDetails(familyDetails);
    details.setOtherApplications(otherApplications);
    details.setConsentGiven(Boolean.TRUE.equals(consentGiven));
    if (confidentiality != null) {
      details.setConfidentiality(confidentiality);
    }
    details.setShareWith(shareWith);
    return details;
  }

  static NewReferral of(Programme programme, DraftDetails d) {
    return new NewReferral(programme, d.getUrgency(), d.getLanguage(), d.getNameOrAlias(), d.getCountryCode(),
        d.getGenderIdentity(), d.getPronouns(), d.getLanguages(), d.getSafeContact(), d.getHumanRightsWork(),
        d.getRiskSituation(), List.copyOf(d.getMeasures()), d.getOtherMeasures(), d.getAmountEur(), d.getRelocationMonths(),
        d.getFamilyMembers(), d.getFamilyDetails(), d.getOtherApplications(), d.isConsentGiven(), d.getConfidentiality(),
        d.getShareWith());
  }
}
