package id.kinerja.plugin.api;

import java.util.List;

/**
 * A training-recommendation rule configured for one region.
 *
 * @since 1.1.0
 */
public interface TrainingRule {

  /**
   * Recommends development activities for one employee's period. The platform ignores
   * recommendations whose code is not in the catalog.
   *
   * @param ratings the period's ratings, predikat and feedback scores
   * @param catalog the region's catalog of development activities
   * @return the recommendations, most important first; empty if none
   */
  List<TrainingRecommendation> recommend(PeriodRatings ratings, List<TrainingCatalogEntry> catalog);
}
