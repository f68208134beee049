package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.ApplicationException;
import org.referralnetwork.portal.referral.entity.Programme;

/** The caller's organisation may not refer to this programme (DOMAIN.md, "who may refer"). */
@ApplicationException(rollback = true)
public class ProgrammeNotOpenToOrganisationException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final Programme programme;

  public ProgrammeNotOpenToOrganisationException(Programme programme) {
    super("the caller's organisation may not refer to " + programme);
    this.programme = programme;
  }

  public Programme getProgramme() {
    return programme;
  }
}
