package org.referralnetwork.portal.organisation.boundary;

/** Whom to invite, and with which role. */
public record Invitation(String email, String firstName, String lastName, String role) {

  /** The invitation with its fields trimmed, or the key of the first thing wrong. */
  Invitation checked() {
    String cleanEmail = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    String first = firstName == null ? "" : firstName.strip();
    String last = lastName == null ? "" : lastName.strip();
    if (!NewOrganisation.EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 254) {
      throw new OnboardingRefusedException("members.invalid.email");
    }
    if (first.isEmpty() || last.isEmpty() || first.length() > 100 || last.length() > 100) {
      throw new OnboardingRefusedException("members.invalid.name");
    }
    return new Invitation(cleanEmail, first, last, role);
  }
}
