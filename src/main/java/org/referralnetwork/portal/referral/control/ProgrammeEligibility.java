package org.referralnetwork.portal.referral.control;

import java.util.EnumSet;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.referral.entity.Programme;

/**
 * Which programmes an organisation may refer to, from its kinds (DOMAIN.md, "who may refer"):
 * emergency grants from any partner; organisational support from consortium partners; temporary
 * relocation only from consortium partners, relocation hosts and shelter co-partners; the Canada
 * stream only from Canada referral partners. The secretariat decides and refers to nothing.
 */
public final class ProgrammeEligibility {

  private ProgrammeEligibility() {}

  public static Set<Programme> programmesFor(Set<OrganisationKind> kinds) {
    Set<Programme> programmes = EnumSet.noneOf(Programme.class);
    for (OrganisationKind kind : kinds) {
      programmes.addAll(programmesOf(kind));
    }
    return programmes;
  }

  public static boolean mayRefer(Set<OrganisationKind> kinds, Programme programme) {
    return programmesFor(kinds).contains(programme);
  }

  private static Set<Programme> programmesOf(OrganisationKind kind) {
    return switch (kind) {
      case CONSORTIUM_PARTNER ->
          EnumSet.of(Programme.EMERGENCY_GRANT, Programme.ORGANISATIONAL_SUPPORT, Programme.TEMPORARY_RELOCATION);
      case RELOCATION_HOST, SHELTER_COPARTNER ->
          EnumSet.of(Programme.EMERGENCY_GRANT, Programme.TEMPORARY_RELOCATION);
      case CANADA_REFERRAL_PARTNER -> EnumSet.of(Programme.EMERGENCY_GRANT, Programme.CANADA_STREAM);
      case SECRETARIAT -> EnumSet.noneOf(Programme.class);
    };
  }
}
