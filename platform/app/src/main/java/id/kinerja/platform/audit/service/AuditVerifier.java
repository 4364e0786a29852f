package id.kinerja.platform.audit.service;

import id.kinerja.auditverifier.AuditChain;
import id.kinerja.auditverifier.AuditEvent;
import id.kinerja.auditverifier.AuditEvents;
import id.kinerja.auditverifier.ChainVerdict;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Verifies the current region's audit chain from seq 1, page by page. */
@ApplicationScoped
@Transactional
public class AuditVerifier {

  @Inject CurrentRegion currentRegion;

  @Inject AuditChains chains;

  /**
   * The verdict on the current region's chain.
   *
   * @param region the region's code
   * @param verdict the chain's verdict
   */
  public record RegionVerdict(String region, ChainVerdict verdict) {}

  /** Recomputes the current region's chain and reports its first broken link, if any. */
  public RegionVerdict verify() {
    String region = currentRegion.code();
    AuditChain.Verifier verifier = new AuditChain.Verifier(region);
    long last = 0;
    while (true) {
      List<AuditEvent> page = chains.page(region, last);
      for (AuditEvent event : page) {
        last = event.seq();
        if (!verifier.accept(event)) {
          return new RegionVerdict(region, verifier.verdict());
        }
      }
      if (page.size() < AuditEvents.PAGE) {
        return new RegionVerdict(region, verifier.verdict());
      }
    }
  }
}
