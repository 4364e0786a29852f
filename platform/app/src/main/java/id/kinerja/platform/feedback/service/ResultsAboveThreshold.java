package id.kinerja.platform.feedback.service;

import id.kinerja.platform.feedback.domain.AnonymityThreshold;
import id.kinerja.platform.feedback.service.FeedbackResults.GroupCount;
import id.kinerja.platform.feedback.service.FeedbackResults.SourceResult;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.service.PluginInvoker;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackResult;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An employee's 360 results, without an access check: per enabled source the respondents per group,
 * and what the source's plugin aggregates from the groups that reach the anonymity threshold,
 * including answers other features collect ({@link CollectedAnswers}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResultsAboveThreshold {

  /** No scores: what a source shows without answers above the threshold, or when it failed. */
  private static final FeedbackResult NOTHING = new FeedbackResult(Map.of(), Map.of());

  @Inject FeedbackSources sources;
  @Inject FeedbackAnswers answers;
  @Inject PluginInvoker invoker;
  @Inject Instance<CollectedAnswers> collected;

  /** The results of every enabled source about the subject in the period. */
  FeedbackResults of(Employee subject, EvaluationPeriod period) {
    List<SourceResult> results = new ArrayList<>();
    for (DescribedSource source : sources.all()) {
      results.add(
          source.failure() != null
              ? failed(source, List.of(), source.failure())
              : result(source, subject, period));
    }
    return new FeedbackResults(subject.getId(), subject.getName(), period.getId(), results);
  }

  private SourceResult result(DescribedSource source, Employee subject, EvaluationPeriod period) {
    List<List<FeedbackAnswer>> responses = responses(source, subject, period);
    List<GroupCount> groups = groups(source, responses);
    List<FeedbackAnswer> shown = shownAnswers(source, groups, responses);
    List<String> comments = comments(shown);
    if (shown.isEmpty()) {
      return scored(source, groups, NOTHING, comments);
    }
    PluginCallResult<FeedbackResult> aggregated =
        invoker.call(source.extension(), "aggregate", (FeedbackSource s) -> s.aggregate(shown));
    if (!aggregated.succeeded() || aggregated.value() == null) {
      return failed(source, groups, aggregated.failed().map(f -> f.reason()).orElse("no result"));
    }
    return scored(source, groups, aggregated.value(), comments);
  }

  /** The stored and the collected answers about the subject, one list per respondent. */
  private List<List<FeedbackAnswer>> responses(
      DescribedSource source, Employee subject, EvaluationPeriod period) {
    List<List<FeedbackAnswer>> responses =
        new ArrayList<>(answers.about(subject, period, source.id()));
    for (CollectedAnswers other : collected) {
      other
          .responses(source.id(), subject.getId(), period.getStartsOn(), period.getEndsOn())
          .stream()
          .filter(r -> !r.isEmpty())
          .forEach(responses::add);
    }
    return responses;
  }

  /** The respondents of every group the source asks or that answered, and whether it is shown. */
  private static List<GroupCount> groups(
      DescribedSource source, List<List<FeedbackAnswer>> responses) {
    Map<RespondentGroup, Integer> counts = new EnumMap<>(RespondentGroup.class);
    source.respondents().forEach(g -> counts.put(g, 0));
    responses.forEach(r -> counts.merge(r.get(0).group(), 1, Integer::sum));
    List<GroupCount> groups = new ArrayList<>();
    counts.forEach(
        (group, n) ->
            groups.add(new GroupCount(group, n, AnonymityThreshold.shown(n, source.threshold()))));
    return groups;
  }

  /** The answers of the groups shown to the source's own questions. */
  private static List<FeedbackAnswer> shownAnswers(
      DescribedSource source, List<GroupCount> groups, List<List<FeedbackAnswer>> responses) {
    Set<RespondentGroup> shown = EnumSet.noneOf(RespondentGroup.class);
    groups.stream().filter(GroupCount::shown).forEach(g -> shown.add(g.group()));
    Set<String> questionIds =
        source.questions().stream().map(FeedbackQuestion::id).collect(Collectors.toSet());
    return responses.stream()
        .flatMap(List::stream)
        .filter(a -> shown.contains(a.group()) && questionIds.contains(a.questionId()))
        .toList();
  }

  private static List<String> comments(List<FeedbackAnswer> answers) {
    return answers.stream()
        .map(FeedbackAnswer::text)
        .filter(t -> t != null && !t.isBlank())
        .map(String::strip)
        .sorted()
        .toList();
  }

  private static SourceResult scored(
      DescribedSource source,
      List<GroupCount> groups,
      FeedbackResult aggregated,
      List<String> comments) {
    return sourceResult(source, groups, aggregated, comments, null, null);
  }

  private static SourceResult failed(
      DescribedSource source, List<GroupCount> groups, String reason) {
    String plugin = source.extension().pluginId();
    return sourceResult(
        source,
        groups,
        NOTHING,
        List.of(),
        "Plugin " + plugin + " gagal: " + reason,
        "Plugin " + plugin + " failed: " + reason);
  }

  private static SourceResult sourceResult(
      DescribedSource source,
      List<GroupCount> groups,
      FeedbackResult aggregated,
      List<String> comments,
      String failureId,
      String failureEn) {
    return new SourceResult(
        source.id(),
        source.nameId(),
        source.nameEn(),
        AnonymityThreshold.effective(source.threshold()),
        groups,
        aggregated.coreValueScores(),
        aggregated.questionScores(),
        comments,
        failureId,
        failureEn);
  }
}
