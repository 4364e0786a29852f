package id.kinerja.platform.calibration.domain;

import static id.kinerja.platform.evaluation.domain.Predicate.BAIK;
import static id.kinerja.platform.evaluation.domain.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.platform.evaluation.domain.Predicate.SANGAT_BAIK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.evaluation.domain.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md: outlier detection per appraiser against subjective or biased rating. */
class AppraiserOutlierTest {

  private final List<Map.Entry<Long, Predicate>> ratings = new ArrayList<>();

  private void rate(long appraiser, Predicate predicate, int times) {
    for (int i = 0; i < times; i++) {
      ratings.add(Map.entry(appraiser, predicate));
    }
  }

  @Test
  void anAppraiserGivingOnlySangatBaikWhereOthersGiveMostlyBaikIsFlaggedAsLenient() {
    rate(1, BAIK, 8);
    rate(1, BUTUH_PERBAIKAN, 2);
    rate(2, BAIK, 9);
    rate(2, SANGAT_BAIK, 1);
    rate(3, SANGAT_BAIK, 5);
    List<AppraiserOutlier> outliers = AppraiserOutlier.among(ratings);
    assertEquals(1, outliers.size(), outliers.toString());
    AppraiserOutlier lenient = outliers.get(0);
    assertEquals(3L, lenient.appraiserId());
    assertTrue(lenient.lenient());
    assertEquals(5.0, lenient.meanScore());
    assertTrue(lenient.z() >= AppraiserOutlier.Z_LIMIT, lenient.toString());
  }

  @Test
  void aSmallButSignificantDifferenceIsNoOutlier() {
    rate(1, BAIK, 40);
    rate(2, BAIK, 30);
    rate(2, SANGAT_BAIK, 10);
    assertTrue(AppraiserOutlier.among(ratings).isEmpty());
  }

  @Test
  void appraisersWithFewerThanThreeRatingsAreNotJudged() {
    rate(1, BAIK, 10);
    rate(2, SANGAT_BAIK, 2);
    assertTrue(AppraiserOutlier.among(ratings).isEmpty());
  }

  @Test
  void oneDifferentRatingAmongUnanimousOthersIsNoOutlier() {
    rate(1, BAIK, 10);
    rate(2, BAIK, 2);
    rate(2, SANGAT_BAIK, 1);
    assertTrue(AppraiserOutlier.among(ratings).isEmpty());
  }

  @Test
  void scoresRunFromFiveForSangatBaikToOneForSangatKurang() {
    assertEquals(5, AppraiserOutlier.score(SANGAT_BAIK));
    assertEquals(1, AppraiserOutlier.score(Predicate.SANGAT_KURANG));
  }
}
