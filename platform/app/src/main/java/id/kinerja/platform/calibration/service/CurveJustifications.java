package id.kinerja.platform.calibration.service;

import id.kinerja.platform.calibration.domain.CurveJustification;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

/** The current region's written justifications of broken curves: their repository. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CurveJustifications {

  @Inject TenantEntityManager entityManager;

  /** The justifications of the period, by unit id. */
  public Map<Long, CurveJustification> ofPeriod(long periodId) {
    return em()
        .createQuery(
            "select j from CurveJustification j where j.periodId = :p", CurveJustification.class)
        .setParameter("p", periodId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(CurveJustification::getUnitId, j -> j));
  }

  /** Stores a new justification. */
  public void store(CurveJustification justification) {
    em().persist(justification);
  }

  /** Writes pending changes; a stale version is refused as a concurrent change. */
  public void flush() {
    Records.flush(em());
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
