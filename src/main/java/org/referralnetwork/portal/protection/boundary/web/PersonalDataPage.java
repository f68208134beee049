package org.referralnetwork.portal.protection.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.protection.boundary.PersonalData;
import org.referralnetwork.portal.protection.control.Retention;
import org.referralnetwork.portal.protection.control.RetentionRules;

/**
 * The secretariat's data protection page: the retention rules, what they would erase today (the dry
 * run), erasing it now, and the state of the master key rotation.
 */
@Named("personalDataPage")
@ViewScoped
public class PersonalDataPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PersonalData personalData;
  @Inject private Messages messages;

  private List<RetentionRules.Rule> rules;
  private List<Retention.Due> due;
  private PersonalData.KeyStatus keys;

  public void load() {
    rules = personalData.rules();
    due = personalData.dueForErasure();
    keys = personalData.keyStatus();
  }

  public void eraseDue() {
    messages.info("privacy.retention.erased", personalData.eraseDue());
    load();
  }

  public void rewrap() {
    messages.info("privacy.keys.rewrapped", personalData.rewrapNow());
    load();
  }

  public List<RetentionRules.Rule> getRules() { return rules; }
  public List<Retention.Due> getDue() { return due; }
  public PersonalData.KeyStatus getKeys() { return keys; }
  public String getKnownKeys() { return String.join(", ", keys.known()); }
}
