package id.kinerja.platform.calibration.domain;

import id.kinerja.platform.evaluation.domain.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An appraiser whose ratings in a period are far from the region's norm, flagged for review (never
 * corrected automatically).
 *
 * <p>Each predikat scores 5 (Sangat Baik) down to 1 (Sangat Kurang). An appraiser with at least
 * {@link #MIN_RATINGS} ratings is an outlier when the mean of their scores lies at least {@link
 * #Z_LIMIT} standard errors from the mean of all the region's other ratings: z = (m − μ) / (σ /
 * √n), with μ and σ over the ratings of all other appraisers (σ at least {@link #MIN_DEVIATION}).
 * Comparing with the others keeps one lenient appraiser from moving the norm they are compared
 * with.
 *
 * @param appraiserId the appraiser
 * @param ratings how many ratings they gave in the period
 * @param meanScore the mean of their scores
 * @param normScore the mean score of the other appraisers' ratings
 * @param z how many standard errors their mean lies from the norm (positive: more lenient)
 */
public record AppraiserOutlier(
    long appraiserId, int ratings, double meanScore, double normScore, double z) {

  /** Fewer ratings than this say too little about an appraiser. */
  public static final int MIN_RATINGS = 3;

  /** Two standard errors: about a 5% chance for a typical appraiser to be flagged. */
  public static final double Z_LIMIT = 2.0;

  /**
   * The least standard deviation assumed, half a predikat: when all other appraisers agree exactly,
   * one differing rating is not yet a deviation of infinitely many standard errors.
   */
  public static final double MIN_DEVIATION = 0.5;

  /**
   * The least difference of means that matters, three quarters of a predikat: with many ratings a
   * small but real difference is significant without being worth a review.
   */
  public static final double MIN_DIFFERENCE = 0.75;

  /** Whether the appraiser rates more leniently than the norm. */
  public boolean lenient() {
    return z > 0;
  }

  /** The score of a predikat: 5 for Sangat Baik down to 1 for Sangat Kurang. */
  public static int score(Predicate predicate) {
    return 5 - predicate.ordinal();
  }

  /**
   * The outliers among the appraisers of a period's ratings, most extreme first.
   *
   * @param ratings each rating's appraiser id and predikat
   */
  public static List<AppraiserOutlier> among(Collection<Map.Entry<Long, Predicate>> ratings) {
    Map<Long, long[]> byAppraiser = new HashMap<>();
    long sum = 0;
    long squares = 0;
    for (Map.Entry<Long, Predicate> r : ratings) {
      int s = score(r.getValue());
      long[] acc = byAppraiser.computeIfAbsent(r.getKey(), k -> new long[3]);
      acc[0]++;
      acc[1] += s;
      acc[2] += (long) s * s;
      sum += s;
      squares += (long) s * s;
    }
    long total = ratings.size();
    List<AppraiserOutlier> outliers = new ArrayList<>();
    for (Map.Entry<Long, long[]> a : byAppraiser.entrySet()) {
      long n = a.getValue()[0];
      long othersN = total - n;
      if (n < MIN_RATINGS || othersN < MIN_RATINGS) {
        continue;
      }
      double othersMean = (double) (sum - a.getValue()[1]) / othersN;
      double othersVariance =
          ((double) (squares - a.getValue()[2]) - othersN * othersMean * othersMean)
              / (othersN - 1);
      double mean = (double) a.getValue()[1] / n;
      double deviation = Math.max(Math.sqrt(Math.max(othersVariance, 0)), MIN_DEVIATION);
      double z = (mean - othersMean) / (deviation / Math.sqrt(n));
      if (Math.abs(z) >= Z_LIMIT && Math.abs(mean - othersMean) >= MIN_DIFFERENCE) {
        outliers.add(new AppraiserOutlier(a.getKey(), (int) n, mean, othersMean, z));
      }
    }
    outliers.sort(Comparator.comparingDouble((AppraiserOutlier o) -> -Math.abs(o.z())));
    return outliers;
  }
}
