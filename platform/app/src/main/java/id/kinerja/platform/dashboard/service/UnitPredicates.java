package id.kinerja.platform.dashboard.service;

import id.kinerja.platform.evaluation.domain.Predicate;
import java.util.Map;

/**
 * How a unit's published periodic ratings of a year spread over the predikat.
 *
 * @param unitName the unit's name
 * @param counts the number of published ratings per predikat (absent: none)
 */
public record UnitPredicates(String unitName, Map<Predicate, Integer> counts) {

  /** The number of ratings with this predikat. */
  public int count(Predicate predicate) {
    return counts.getOrDefault(predicate, 0);
  }
}
