package id.kinerja.platform.development.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.Staff;
import org.junit.jupiter.api.Test;

/** Who reads an employee's training recommendations. */
class RecommendationReadersTest {

  private final OrgUnit unit = new OrgUnit("dinkes", "Dinas Kesehatan", null);
  private final Employee sekda = employee("196908281998042037", null);
  private final Employee kadinkes = employee("197405051996021010", sekda);
  private final Employee penilai = employee("197806152003121004", kadinkes);
  private final Employee pegawai = employee("199001202015031002", penilai);
  private final Employee peer = employee("199511272023011004", penilai);

  /** Rated by someone who has since moved: still the rating's appraiser. */
  private final Employee formerAppraiser = employee("198001012005011001", sekda);

  @Test
  void recommendationsAreReadByTheEmployeeTheAppraiserAndTheAppraisersSupervisor() {
    assertTrue(RecommendationReaders.mayRead(pegawai, pegawai, null));
    assertTrue(RecommendationReaders.mayRead(penilai, pegawai, null));
    assertTrue(RecommendationReaders.mayRead(kadinkes, pegawai, null));
    assertFalse(RecommendationReaders.mayRead(peer, pegawai, null));
    assertFalse(RecommendationReaders.mayRead(sekda, pegawai, null));
  }

  @Test
  void theRatingsAppraiserAndTheirSupervisorReadThemToo() {
    assertTrue(RecommendationReaders.mayRead(formerAppraiser, pegawai, formerAppraiser));
    assertTrue(RecommendationReaders.mayRead(sekda, pegawai, formerAppraiser));
    assertFalse(RecommendationReaders.mayRead(peer, pegawai, formerAppraiser));
  }

  @Test
  void someoneWhoIsNoEmployeeOfTheRegionReadsNothing() {
    assertFalse(RecommendationReaders.mayRead(null, pegawai, penilai));
  }

  private Employee employee(String nip, Employee supervisor) {
    return Staff.employee(nip, supervisor, unit);
  }
}
