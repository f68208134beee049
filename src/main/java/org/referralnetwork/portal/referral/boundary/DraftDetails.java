package org.referralnetwork.portal.referral.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/**
 * Everything a referrer fills in on a draft, step by step. Only the shape of each field is checked
 * when a step is saved (so nothing typed is ever lost); the programme rules are checked when the
 * draft is submitted.
 */
public class DraftDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{draft.name.required}")
  @Size(min = 2, max = 200, message = "{draft.name.size}")
  private String nameOrAlias;

  @NotBlank(message = "{draft.country.required}")
  @Pattern(regexp = "[A-Z]{2}", message = "{draft.country.required}")
  private String countryCode;

  @Size(max = 100, message = "{field.tooLong}")
  private String genderIdentity;

  @Size(max = 50, message = "{field.tooLong}")
  private String pronouns;

  @Size(max = 200, message = "{field.tooLong}")
  private String languages;

  @Size(max = 500, message = "{field.tooLong}")
  private String safeContact;

  @Size(max = 4000, message = "{field.tooLong}")
  private String humanRightsWork;

  @Size(max = 20000, message = "{field.tooLong}")
  private String riskSituation;

  @NotNull(message = "{draft.urgency.required}")
  private Urgency urgency = Urgency.ROUTINE;

  @NotNull(message = "{draft.language.required}")
  private RequestLanguage language = RequestLanguage.EN;

  private List<ProtectionMeasure> measures = new ArrayList<>();

  @Size(max = 2000, message = "{field.tooLong}")
  private String otherMeasures;

  @Positive(message = "{draft.amount.positive}")
  private BigDecimal amountEur;

  @Min(value = 1, message = "{rule.relocation.months}")
  @Max(value = 12, message = "{rule.relocation.months}")
  private Integer relocationMonths;

  @Min(value = 0, message = "{rule.family.negative}")
  @Max(value = 30, message = "{draft.family.max}")
  private int familyMembers;

  @Size(max = 2000, message = "{field.tooLong}")
  private String familyDetails;

  @Size(max = 2000, message = "{field.tooLong}")
  private String otherApplications;

  private boolean consentGiven;

  @NotNull private Confidentiality confidentiality = Confidentiality.CONFIDENTIAL;

  @Size(max = 500, message = "{field.tooLong}")
  private String shareWith;

  public String getNameOrAlias() { return nameOrAlias; }
  public void setNameOrAlias(String v) { nameOrAlias = v; }
  public String getCountryCode() { return countryCode; }
  public void setCountryCode(String v) { countryCode = v; }
  public String getGenderIdentity() { return genderIdentity; }
  public void setGenderIdentity(String v) { genderIdentity = v; }
  public String getPronouns() { return pronouns; }
  public void setPronouns(String v) { pronouns = v; }
  public String getLanguages() { return languages; }
  public void setLanguages(String v) { languages = v; }
  public String getSafeContact() { return safeContact; }
  public void setSafeContact(String v) { safeContact = v; }
  public String getHumanRightsWork() { return humanRightsWork; }
  public void setHumanRightsWork(String v) { humanRightsWork = v; }
  public String getRiskSituation() { return riskSituation; }
  public void setRiskSituation(String v) { riskSituation = v; }
  public Urgency getUrgency() { return urgency; }
  public void setUrgency(Urgency v) { urgency = v; }
  public RequestLanguage getLanguage() { return language; }
  public void setLanguage(RequestLanguage v) { language = v; }
  public List<ProtectionMeasure> getMeasures() { return measures; }
  public void setMeasures(List<ProtectionMeasure> v) { measures = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public String getOtherMeasures() { return otherMeasures; }
  public void setOtherMeasures(String v) { otherMeasures = v; }
  public BigDecimal getAmountEur() { return amountEur; }
  public void setAmountEur(BigDecimal v) { amountEur = v; }
  public Integer getRelocationMonths() { return relocationMonths; }
  public void setRelocationMonths(Integer v) { relocationMonths = v; }
  public int getFamilyMembers() { return familyMembers; }
  public void setFamilyMembers(int v) { familyMembers = v; }
  public String getFamilyDetails() { return familyDetails; }
  public void setFamilyDetails(String v) { familyDetails = v; }
  public String getOtherApplications() { return otherApplications; }
  public void setOtherApplications(String v) { otherApplications = v; }
  public boolean isConsentGiven() { return consentGiven; }
  public void setConsentGiven(boolean v) { consentGiven = v; }
  public Confidentiality getConfidentiality() { return confidentiality; }
  public void setConfidentiality(Confidentiality v) { confidentiality = v; }
  public String getShareWith() { return shareWith; }
  public void setShareWith(String v) { shareWith = v; }
}
