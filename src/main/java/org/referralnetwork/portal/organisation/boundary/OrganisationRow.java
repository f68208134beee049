package org.referralnetwork.portal.organisation.boundary;

import java.io.Serializable;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/** An organisation on the secretariat's list: Keycloak's data and the portal's status. */
public record OrganisationRow(String id, String name, String alias, Set<OrganisationKind> kinds, String domain,
    String country, String contact, boolean suspended, String suspensionReason) implements Serializable {}
