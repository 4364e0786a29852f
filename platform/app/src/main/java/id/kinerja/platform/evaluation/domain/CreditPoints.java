package id.kinerja.platform.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Angka kredit (PermenPANRB 1/2023): the credit points an employee in a functional position earns
 * from a predikat, as the predikat's {@linkplain Predicate#creditPercentage() percentage} × the
 * position's yearly coefficient × months / 12. For example Ahli Pertama, coefficient 12.5, earns
 * 12.500 for a year rated Baik, 18.750 for a year rated Sangat Baik and 3.125 for a quarter rated
 * Baik.
 */
public final class CreditPoints {

  /** Credit points are kept to three decimals, as in the examples of the regulation. */
  public static final int SCALE = 3;

  private static final BigDecimal PERCENT_MONTHS = BigDecimal.valueOf(100 * 12);

  private CreditPoints() {}

  /**
   * The credit points for a predikat over a number of months. The whole product is computed exactly
   * and rounded once, to {@value #SCALE} decimals, half up. Each call rounds on its own: twelve
   * monthly results rounded one by one can differ in the last decimal from the result for the year.
   *
   * @param predicate the predikat of the evaluation
   * @param yearlyCoefficient the position's credit-point coefficient for a year, not negative
   * @param months the months the evaluation covers, 1 to 12 (12 for the yearly evaluation)
   * @throws IllegalArgumentException if months is outside 1..12 or the coefficient is negative
   */
  public static BigDecimal of(Predicate predicate, BigDecimal yearlyCoefficient, int months) {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(yearlyCoefficient, "yearlyCoefficient");
    if (months < 1 || months > 12) {
      throw new IllegalArgumentException("Months must be 1 to 12, not " + months);
    }
    if (yearlyCoefficient.signum() < 0) {
      throw new IllegalArgumentException(
          "The yearly coefficient may not be negative: " + yearlyCoefficient);
    }
    return yearlyCoefficient
        .multiply(BigDecimal.valueOf((long) predicate.creditPercentage() * months))
        .divide(PERCENT_MONTHS, SCALE, RoundingMode.HALF_UP);
  }
}
