package id.kinerja.platform.evaluation.domain;

import java.util.Objects;

/**
 * The two ratings the appraiser gives for one period (a month or a quarter, as the tenant chooses).
 *
 * @param resultRating rating hasil kerja
 * @param behaviourRating rating perilaku kerja
 */
public record PeriodRatings(Rating resultRating, Rating behaviourRating) {

  /** Checks that both ratings are given. */
  public PeriodRatings {
    Objects.requireNonNull(resultRating, "resultRating");
    Objects.requireNonNull(behaviourRating, "behaviourRating");
  }

  /** The predikat of the period, by the national matrix. */
  public Predicate predicate() {
    return Predicate.of(resultRating, behaviourRating);
  }
}
