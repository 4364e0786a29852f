package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A feedback source as a vendor would write one: the mean score per question, and per core value
 * the mean of its questions' scores put on 0 to 100 (1 on a scale is 0, its top is 100).
 */
final class SampleFeedbackSource implements FeedbackSource {

  private final List<FeedbackQuestion> questions;
  private final int threshold;

  SampleFeedbackSource(List<FeedbackQuestion> questions, int threshold) {
    this.questions = questions;
    this.threshold = threshold;
  }

  @Override
  public Set<RespondentGroup> respondents() {
    return questions.stream().flatMap(q -> q.askedOf().stream()).collect(Collectors.toSet());
  }

  @Override
  public List<FeedbackQuestion> questions() {
    return questions;
  }

  @Override
  public int anonymityThreshold() {
    return threshold;
  }

  @Override
  public FeedbackResult aggregate(List<FeedbackAnswer> answers) {
    Map<String, BigDecimal> questionScores = new LinkedHashMap<>();
    Map<String, List<BigDecimal>> coreValueParts = new LinkedHashMap<>();
    for (FeedbackQuestion question : questions) {
      List<Integer> scores =
          answers.stream()
              .filter(a -> a.questionId().equals(question.id()) && a.score() != null)
              .map(FeedbackAnswer::score)
              .toList();
      if (question.freeText() || scores.isEmpty()) {
        continue;
      }
      BigDecimal mean = mean(scores.stream().map(BigDecimal::valueOf).toList());
      questionScores.put(question.id(), mean);
      if (question.coreValue() != null) {
        BigDecimal percent =
            mean.subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(question.scaleMax() - 1L), 2, RoundingMode.HALF_UP);
        coreValueParts.computeIfAbsent(question.coreValue(), k -> new ArrayList<>()).add(percent);
      }
    }
    Map<String, BigDecimal> coreValueScores = new LinkedHashMap<>();
    coreValueParts.forEach((value, parts) -> coreValueScores.put(value, mean(parts)));
    return new FeedbackResult(questionScores, coreValueScores);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }
}
