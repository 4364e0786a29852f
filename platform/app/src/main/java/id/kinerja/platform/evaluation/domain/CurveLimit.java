package id.kinerja.platform.evaluation.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One limit of a distribution curve on the predikat of a unit's employees, such as "at most 70%
 * Sangat Baik". When it names several predikat, their employees count together ("at least 10%
 * Kurang or Butuh Perbaikan").
 *
 * @param kind how the limit bounds the employees with the predikat concerned
 * @param predicates the predikat concerned, in their official order
 * @param percent the bound in percent of the unit's rated employees for {@link Kind#AT_MOST} and
 *     {@link Kind#AT_LEAST}; 0 for the other kinds, which count employees, not shares
 */
public record CurveLimit(Kind kind, Set<Predicate> predicates, int percent) {

  /** How a limit bounds the employees with the predikat concerned. */
  public enum Kind {
    /** Their share may not be above the percent. */
    AT_MOST,
    /** Their share may not be below the percent. */
    AT_LEAST,
    /** There must be at least one of them, whatever the size of the unit. */
    AT_LEAST_ONE,
    /** There may be none of them. */
    NONE_ALLOWED
  }

  /** Checks the limit and keeps the predikat in their official order. */
  public CurveLimit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(predicates, "predicates");
    if (predicates.isEmpty()) {
      throw new IllegalArgumentException("A curve limit concerns at least one predikat");
    }
    boolean shareLimit = kind == Kind.AT_MOST || kind == Kind.AT_LEAST;
    if (shareLimit ? percent < 0 || percent > 100 : percent != 0) {
      throw new IllegalArgumentException(
          "Invalid percent " + percent + " for a " + kind + " limit");
    }
    predicates = Collections.unmodifiableSet(EnumSet.copyOf(predicates));
  }

  static CurveLimit atMost(int percent, Predicate predicate) {
    return new CurveLimit(Kind.AT_MOST, EnumSet.of(predicate), percent);
  }

  static CurveLimit atLeast(int percent, Predicate first, Predicate... rest) {
    return new CurveLimit(Kind.AT_LEAST, EnumSet.of(first, rest), percent);
  }

  static CurveLimit atLeastOne(Predicate first, Predicate... rest) {
    return new CurveLimit(Kind.AT_LEAST_ONE, EnumSet.of(first, rest), 0);
  }

  static CurveLimit noneAllowed(Predicate predicate) {
    return new CurveLimit(Kind.NONE_ALLOWED, EnumSet.of(predicate), 0);
  }

  /**
   * Whether {@code count} employees with the predikat concerned, out of {@code total} rated ones,
   * break the limit. Shares are compared exactly, as {@code count × 100} against {@code percent ×
   * total}, so that exactly 70% meets "at most 70%" and exactly 60% meets "at least 60%". An empty
   * unit breaks nothing.
   */
  boolean brokenBy(long count, long total) {
    if (total == 0) {
      return false;
    }
    return switch (kind) {
      case AT_MOST -> count * 100 > percent * total;
      case AT_LEAST -> count * 100 < percent * total;
      case AT_LEAST_ONE -> count == 0;
      case NONE_ALLOWED -> count > 0;
    };
  }
}
