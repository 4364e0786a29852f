package id.kinerja.platform.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.Staff;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who may read, publish, object to and decide on a periodic rating: rules of the rating, on the
 * reporting line, whatever the rating's state.
 */
class PeriodRatingRulesTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2029, 4, 2, 8, 0, 0, 0, ZoneOffset.UTC);

  private final OrgUnit unit = new OrgUnit("dinkes", "Dinas Kesehatan", null);
  private final Employee head = employee("196908281998042037", null);
  private final Employee atasan = employee("197405051996021010", head);
  private final Employee penilai = employee("197806152003121004", atasan);
  private final Employee pegawai = employee("199001202015031002", penilai);
  private final Employee peer = employee("199501062022032002", penilai);

  private final PeriodRating rating = rating(pegawai, penilai);
  private final PeriodRating ofTheHead = rating(head, peer);
  private final PeriodRating underTheHead = rating(atasan, head);

  @Test
  void onlyTheAppraiserMayPublishARating() {
    assertTrue(rating.mayBePublishedBy(penilai, false));
    assertFalse(rating.mayBePublishedBy(pegawai, false));
    assertFalse(rating.mayBePublishedBy(atasan, false));
    assertFalse(rating.mayBePublishedBy(peer, true), "the admin role appraises only the head");
  }

  @Test
  void theAdminPublishesTheRatingOfTheHeadButTheHeadNever() {
    assertTrue(ofTheHead.mayBePublishedBy(peer, true));
    assertFalse(ofTheHead.mayBePublishedBy(peer, false));
    assertFalse(ofTheHead.mayBePublishedBy(head, true));
  }

  @Test
  void onlyTheRatedEmployeeMayObjectToARating() {
    assertTrue(rating.mayBeObjectedToBy(pegawai));
    assertFalse(rating.mayBeObjectedToBy(penilai));
    assertFalse(rating.mayBeObjectedToBy(peer));
    assertFalse(rating.mayBeObjectedToBy(atasan));
  }

  @Test
  void theAtasanPejabatPenilaiDecidesAnObjectionNeverTheEmployeeOrTheAppraiser() {
    assertEquals(Optional.of(atasan), rating.decider());
    assertTrue(rating.mayBeDecidedBy(atasan, false));
    assertFalse(rating.mayBeDecidedBy(penilai, true));
    assertFalse(rating.mayBeDecidedBy(pegawai, true));
    assertFalse(rating.mayBeDecidedBy(peer, true), "the admin stands in only where nobody is");
  }

  @Test
  void theAdminDecidesWhereThereIsNoAtasan() {
    assertEquals(Optional.empty(), ofTheHead.decider());
    assertTrue(ofTheHead.mayBeDecidedBy(atasan, true));
    assertFalse(ofTheHead.mayBeDecidedBy(atasan, false));
    assertFalse(ofTheHead.mayBeDecidedBy(peer, true), "who gave the rating does not decide");
    assertEquals(Optional.empty(), underTheHead.decider(), "the appraiser heads the tree");
    assertTrue(underTheHead.mayBeDecidedBy(penilai, true));
  }

  @Test
  void aRatingIsReadByTheEmployeeTheAppraiserTheAtasanAndTheAdminOnly() {
    assertTrue(rating.isReadableBy(pegawai, false));
    assertTrue(rating.isReadableBy(penilai, false));
    assertTrue(rating.isReadableBy(atasan, false));
    assertTrue(rating.isReadableBy(peer, true));
    assertFalse(rating.isReadableBy(peer, false));
    assertFalse(rating.isReadableBy(head, false));
    assertTrue(ofTheHead.isReadableBy(peer, false), "whoever gave the rating reads it");
  }

  @Test
  void theRulesDoNotDependOnTheRatingsState() {
    PeriodRating published = rating(pegawai, penilai);
    published.publish(AT);
    published.object("Target tercapai", AT);
    assertTrue(published.mayBePublishedBy(penilai, false));
    assertFalse(published.mayBePublishedBy(pegawai, false));
    assertTrue(published.mayBeObjectedToBy(pegawai));
    assertTrue(published.mayBeDecidedBy(atasan, false));
  }

  @Test
  void theYearlyEvaluationIsReadByTheEmployeeTheAppraiserAndTheAdminOnly() {
    assertTrue(AnnualEvaluation.isReadableBy(pegawai, pegawai, false));
    assertTrue(AnnualEvaluation.isReadableBy(pegawai, penilai, false));
    assertTrue(AnnualEvaluation.isReadableBy(pegawai, peer, true));
    assertFalse(AnnualEvaluation.isReadableBy(pegawai, atasan, false));
    assertFalse(AnnualEvaluation.isReadableBy(pegawai, peer, false));
    assertFalse(AnnualEvaluation.isReadableBy(head, peer, false), "the head's needs the admin");
  }

  private static PeriodRating rating(Employee employee, Employee appraiser) {
    return new PeriodRating(
        null,
        employee,
        appraiser,
        1,
        new PeriodRatings(Rating.AS_EXPECTED, Rating.AS_EXPECTED),
        Map.of(),
        null,
        AT);
  }

  private Employee employee(String nip, Employee supervisor) {
    return Staff.employee(nip, supervisor, unit);
  }
}
