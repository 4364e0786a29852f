package id.kinerja.platform.audit.api;

import id.kinerja.auditverifier.ChainVerdict;
import id.kinerja.platform.audit.service.AuditVerifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/audit}: the region's audit trail. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditVerifier verifier;

  /**
   * The verdict on the region's audit chain.
   *
   * @param region the region
   * @param events the number of intact events from seq 1
   * @param valid whether the whole chain is intact
   * @param firstBrokenSeq the first broken link, or null
   * @param reason why it is broken, or null
   * @param headHash the hash of the last intact event
   */
  public record Verification(
      String region,
      long events,
      boolean valid,
      Long firstBrokenSeq,
      String reason,
      String headHash) {}

  /** {@code GET /api/v1/audit/verify}: recomputes the region's chain (admin only). */
  @GET
  @Path("verify")
  @RolesAllowed("admin")
  public Verification verify() {
    AuditVerifier.RegionVerdict result = verifier.verify();
    ChainVerdict v = result.verdict();
    return new Verification(
        result.region(), v.events(), v.valid(), v.firstBrokenSeq(), v.reason(), v.headHash());
  }
}
