package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.referralnetwork.portal.audit.boundary.AuditTrail;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.security.CurrentCaller;

/**
 * Who sees a defender's personal details in full: the referring organisation always; at the
 * secretariat, the reviewer the referral is assigned to, or one who recorded a reason to open it
 * ("break the glass", kept in the audit log and shown to the organisation's admin). Others at the
 * secretariat see the referral without them.
 */
@RequestScoped
public class PersonalDetails {

  @Inject CurrentCaller caller;
  @EJB AuditTrail trail;

  public boolean shownTo(Referral referral) {
    return !caller.scope().isAll() || isAssignedToCaller(referral) || trail.glassOpen(referral.getId());
  }

  /** Lists show the name only to the referring organisation and the assigned reviewer (no query per row). */
  public boolean nameShownTo(Referral referral) {
    return !caller.scope().isAll() || isAssignedToCaller(referral);
  }

  private boolean isAssignedToCaller(Referral referral) {
    return caller.getUsername() != null && caller.getUsername().equals(referral.getAssignedReviewer());
  }

  /** "Lina Haddad" becomes "L. H.": enough to tell two cases apart on a call, not to identify anyone. */
  public static String initials(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return Arrays.stream(name.strip().split("\\s+"))
        .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
        .map(word -> new String(Character.toChars(word.codePointAt(0))) + ".")
        .collect(Collectors.joining(" "));
  }
}
