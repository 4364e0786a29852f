package id.kinerja.platform.evaluation.domain;

import id.kinerja.platform.organization.domain.Employee;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The yearly ratings and predikat that follow from a year's periodic evaluations.
 *
 * <p>Decision, as DOMAIN.md does not say how the year follows from its periods: the yearly rating
 * hasil kerja is the rating the periods give most often, and so is, independently, the yearly
 * rating perilaku kerja; a tie goes to the tied rating given in the latest period. The yearly
 * predikat then follows from the two yearly ratings by the national matrix, like any predikat.
 *
 * <p>Why: the most frequent rating reflects the whole year rather than one month or quarter, and
 * one bad or good period cannot decide it on its own; breaking ties toward the latest period
 * reflects where the employee ended the year, so improvement counts. The ratings are combined
 * rather than the periodic predikat because a predikat hides which rating was low (Baik comes from
 * three different pairs of ratings), and going through the matrix keeps the yearly predikat
 * consistent with the yearly ratings. The appraiser gives the yearly ratings (DOMAIN.md, stage 3):
 * this is the proposal they start from, not a rating imposed on them.
 *
 * @param resultRating the yearly rating hasil kerja
 * @param behaviourRating the yearly rating perilaku kerja
 */
public record AnnualEvaluation(Rating resultRating, Rating behaviourRating) {

  /**
   * Whether {@code person} may read the yearly evaluation of {@code rated}: the employee, their
   * pejabat penilai (direct supervisor) and the region's admin.
   *
   * @param personIsAdmin whether {@code person} acts as the region's pengelola kinerja
   */
  public static boolean isReadableBy(Employee rated, Employee person, boolean personIsAdmin) {
    return personIsAdmin || Employee.same(person, rated) || rated.isAppraisedBy(person, false);
  }

  /** Checks that both ratings are given. */
  public AnnualEvaluation {
    Objects.requireNonNull(resultRating, "resultRating");
    Objects.requireNonNull(behaviourRating, "behaviourRating");
  }

  /**
   * The yearly ratings that follow from the periodic ones.
   *
   * @param periods the ratings of the year's periods in chronological order; an employee who
   *     started during the year has fewer periods
   * @throws IllegalArgumentException if there is no period
   */
  public static AnnualEvaluation fromPeriods(List<PeriodRatings> periods) {
    Objects.requireNonNull(periods, "periods");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("A yearly evaluation needs at least one periodic one");
    }
    return new AnnualEvaluation(
        mostFrequentThenLatest(periods, PeriodRatings::resultRating),
        mostFrequentThenLatest(periods, PeriodRatings::behaviourRating));
  }

  /** The yearly predikat, by the national matrix. */
  public Predicate predicate() {
    return Predicate.of(resultRating, behaviourRating);
  }

  private static Rating mostFrequentThenLatest(
      List<PeriodRatings> periods, Function<PeriodRatings, Rating> rating) {
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    Map<Rating, Integer> latest = new EnumMap<>(Rating.class);
    for (int i = 0; i < periods.size(); i++) {
      Rating r = rating.apply(Objects.requireNonNull(periods.get(i), "period"));
      counts.merge(r, 1, Integer::sum);
      latest.put(r, i);
    }
    Rating chosen = null;
    for (Rating r : counts.keySet()) {
      if (chosen == null
          || counts.get(r) > counts.get(chosen)
          || (counts.get(r).equals(counts.get(chosen)) && latest.get(r) > latest.get(chosen))) {
        chosen = r;
      }
    }
    return chosen;
  }
}
