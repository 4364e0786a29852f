package id.kinerja.platform.planning.service;

import id.kinerja.platform.planning.domain.Aspect;
import java.util.Map;

/**
 * An IKI as the employee enters it.
 *
 * @param text what is measured
 * @param aspect kuantitas, kualitas, waktu or biaya
 * @param unit the unit of the targets, or null
 * @param targets the target per period number (1–12 monthly, 1–4 quarterly)
 */
public record IndicatorInput(
    String text, Aspect aspect, String unit, Map<Integer, String> targets) {}
