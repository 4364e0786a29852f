package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.shared.domain.CoreValue;
import java.util.Map;

/**
 * What the appraiser gives for one employee and period.
 *
 * @param resultRating rating hasil kerja
 * @param behaviourRating rating perilaku kerja
 * @param coreValueNotes optional notes per core value; blank ones are dropped
 * @param note optional overall note
 */
public record RatingInput(
    Rating resultRating,
    Rating behaviourRating,
    Map<CoreValue, String> coreValueNotes,
    String note) {}
