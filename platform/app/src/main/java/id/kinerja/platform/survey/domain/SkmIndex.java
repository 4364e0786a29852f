package id.kinerja.platform.survey.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen-satisfaction index (Indeks Kepuasan Masyarakat) of a unit over a time span, as
 * PermenPANRB 14/2017 computes it: the NRR (nilai rata-rata) of each element (unsur) is the mean of
 * its scores; the IKM is the mean over the elements of NRR / scale maximum × 100, which for the
 * four-point scale is the regulation's Σ(NRR × 1/9) × 25.
 *
 * @param respondents the number of responses
 * @param nrr the NRR of each element answered, by question id, to two decimals
 * @param ikm the index from 25 to 100 (for the four-point scale), to two decimals; {@code null}
 *     without responses
 * @param quality the mutu pelayanan; {@code null} without responses
 */
public record SkmIndex(
    int respondents, Map<String, BigDecimal> nrr, BigDecimal ikm, ServiceQuality quality) {

  private static final int EXACT = 10;

  /** Copies the map. */
  public SkmIndex {
    nrr = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nrr));
  }

  /**
   * The index of the responses; free-text answers do not count.
   *
   * @param responses the answers of each response
   */
  public static SkmIndex of(List<List<StoredAnswer>> responses) {
    Map<String, List<Integer>> scores = new LinkedHashMap<>();
    Map<String, Integer> scaleMax = new LinkedHashMap<>();
    for (List<StoredAnswer> response : responses) {
      for (StoredAnswer answer : response) {
        if (answer.scored()) {
          scores.computeIfAbsent(answer.questionId(), k -> new ArrayList<>()).add(answer.score());
          scaleMax.putIfAbsent(answer.questionId(), answer.scaleMax());
        }
      }
    }
    if (scores.isEmpty()) {
      return new SkmIndex(responses.size(), Map.of(), null, null);
    }
    Map<String, BigDecimal> nrr = new LinkedHashMap<>();
    BigDecimal percentSum = BigDecimal.ZERO;
    for (var element : scores.entrySet()) {
      BigDecimal mean =
          BigDecimal.valueOf(element.getValue().stream().mapToLong(Integer::longValue).sum())
              .divide(BigDecimal.valueOf(element.getValue().size()), EXACT, RoundingMode.HALF_UP);
      nrr.put(element.getKey(), mean.setScale(2, RoundingMode.HALF_UP));
      percentSum =
          percentSum.add(
              mean.multiply(BigDecimal.valueOf(100))
                  .divide(
                      BigDecimal.valueOf(scaleMax.get(element.getKey())),
                      EXACT,
                      RoundingMode.HALF_UP));
    }
    BigDecimal ikm = percentSum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    return new SkmIndex(responses.size(), nrr, ikm, ServiceQuality.of(ikm));
  }
}
