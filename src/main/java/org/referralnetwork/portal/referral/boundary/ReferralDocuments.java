package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;
import org.referralnetwork.portal.referral.control.DocumentRules;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.ReferralDocument;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;
import org.referralnetwork.portal.security.NotAllowedException;

/** Supporting documents: attached by the referring organisation, read by whoever may see the referral. */
@Stateless
@AuditRefusals
public class ReferralDocuments {

  @Inject private CurrentCaller caller;
  @Inject private VisibleReferrals visible;
  @Inject private PersonalDetails personal;
  @EJB private AuditLog audit;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** The file was refused (empty, too large, or not a document or picture format); nothing was stored. */
  @ApplicationException(rollback = true)
  public static class DocumentRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentRefusedException() {
      super("document refused");
    }
  }

  public DocumentRow attach(long referralId, String fileName, byte[] content) {
    Referral referral = visible.get(referralId);
    boolean ownOrganisation =
        caller.belongsTo(referral.getOrganisation().getId());
    if (!ownOrganisation || !caller.may(Permission.REFER) || referral.getStatus().isEnded()) {
      throw new NotAllowedException(Permission.REFER);
    }
    String type = DocumentRules.accept(fileName, content).orElseThrow(DocumentRefusedException::new);
    ReferralDocument document =
        new ReferralDocument(referral, DocumentRules.cleanName(fileName), type, content, caller.getUsername(), clock.instant());
    em.persist(document);
    em.flush();
    audit.record(AuditAction.DOCUMENT_ADDED, referralId, referral.getOrganisation().getId(), "document " + document.getId());
    return new DocumentRow(document);
  }

  /** The referral's documents; none listed to whom its personal details are hidden (names are in file names). */
  public List<DocumentRow> list(long referralId) {
    Referral referral = visible.get(referralId);
    if (!personal.shownTo(referral)) {
      return List.of();
    }
    return em.createQuery("SELECT d FROM ReferralDocument d WHERE d.referral = :r ORDER BY d.uploadedAt, d.id", ReferralDocument.class)
        .setParameter("r", referral)
        .getResultList()
        .stream()
        .map(DocumentRow::new)
        .toList();
  }

  /** A document, if the caller may see its referral; the download is logged as an access. */
  public Optional<ReferralDocument> download(long documentId) {
    OrganisationScope scope = caller.scope();
    TypedQuery<ReferralDocument> query =
        em.createQuery(
            "SELECT d FROM ReferralDocument d JOIN d.referral r JOIN r.organisation o WHERE d.id = :id"
                + (scope.isAll() ? " AND r.status <> :draft" : " AND o.id = :organisationId"),
            ReferralDocument.class).setParameter("id", documentId);
    if (scope.isAll()) {
      query.setParameter("draft", ReferralStatus.DRAFT);
    } else {
      query.setParameter("organisationId", scope.organisationId());
    }
    Optional<ReferralDocument> document = query.getResultStream().findFirst();
    if (document.isEmpty()) {
      audit.refused("document " + documentId + ": not found in the caller's scope", null);
      return document;
    }
    Referral referral = document.get().getReferral();
    if (!personal.shownTo(referral)) {
      audit.refused("document " + documentId + ": personal details not opened", referral.getId());
      return Optional.empty();
    }
    audit.record(AuditAction.DOCUMENT_READ, referral.getId(), referral.getOrganisation().getId(), "document " + documentId);
    return document;
  }
}
