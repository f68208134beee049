package org.referralnetwork.portal.api.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.referralnetwork.portal.api.boundary.ApiDocuments.Slots;
import org.referralnetwork.portal.quota.boundary.Quotas;

/** The caller's organisation's slots, as "My slots" shows them. */
@Path("slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Slots")
public class SlotsResource {

  @EJB private Quotas quotas;

  @GET
  @Operation(summary = "The organisation's slots per programme and period: allotted, held, used, available, waitlisted")
  public List<Slots> mine() {
    return quotas.mine().stream().map(Slots::of).toList();
  }
}
