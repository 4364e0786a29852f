package id.kinerja.platform.development.service;

import id.kinerja.platform.development.domain.RecommendationReaders;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.host.PluginFailure;
import id.kinerja.platform.plugin.service.PluginInvoker;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.PeriodRatings;
import id.kinerja.plugin.api.TrainingCatalogEntry;
import id.kinerja.plugin.api.TrainingRecommendation;
import id.kinerja.plugin.api.TrainingRule;
import id.kinerja.plugin.api.TrainingRuleFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Training recommendations of the current region: the period's published rating and the 360 scores
 * ({@link FeedbackScores}, none without such a bean) go to every training rule the region has
 * enabled; what they recommend is kept if the region's catalog has it, each activity once with the
 * first reason given. A plugin that fails is named in a note and the others go on. Who may see them
 * is {@link RecommendationReaders}'s rule, and the admin.
 */
@ApplicationScoped
@Transactional
public class DevelopmentService {

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject TenantEntityManager entityManager;
  @Inject PublishedRatings ratings;
  @Inject RegionPlugins plugins;
  @Inject PluginInvoker invoker;
  @Inject TrainingCatalog catalog;
  @Inject Instance<FeedbackScores> feedbackScores;

  /**
   * The recommendations for one employee's period, for the acting person.
   *
   * @throws RuleViolation NOT_FOUND for an employee or period not in the region, FORBIDDEN for
   *     anyone but the employee, their appraiser, the appraiser's supervisor and the admin
   */
  public Recommendations recommendations(long employeeId, long periodId) {
    Employee employee = employees.find(employeeId);
    return readable(employee, period(periodId));
  }

  /** As {@link #recommendations(long, long)}, naming the employee by NIP. */
  public Recommendations recommendationsByNip(String employeeNip, long periodId) {
    Employee employee = employees.byNip(employeeNip).orElseThrow(RuleViolation::notFound);
    return readable(employee, period(periodId));
  }

  /** The caller's own recommendations of their latest period with a published rating, if any. */
  public Optional<Recommendations> myLatest() {
    Employee me = employees.byNip(actor.nip()).orElseThrow(DevelopmentService::forbidden);
    return ratings.latestOf(me).map(r -> recommendations(me, r.getPeriod(), Optional.of(r)));
  }

  /** The recommendations, if the acting person may read them ({@link RecommendationReaders}). */
  private Recommendations readable(Employee employee, EvaluationPeriod period) {
    Optional<PeriodRating> rating = ratings.of(employee, period);
    Employee viewer = employees.byNip(actor.nip()).orElse(null);
    Employee appraiser = rating.map(PeriodRating::getAppraiser).orElse(null);
    if (!actor.isAdmin() && !RecommendationReaders.mayRead(viewer, employee, appraiser)) {
      throw forbidden();
    }
    return recommendations(employee, period, rating);
  }

  private Recommendations recommendations(
      Employee employee, EvaluationPeriod period, Optional<PeriodRating> rating) {
    if (rating.isEmpty()) {
      return new Recommendations(
          employee.getId(), employee.getNip().value(), period.getId(), false, List.of(), List.of());
    }
    PeriodRatings told = ratings(rating.get(), scores(employee.getId(), period.getId()));
    List<CatalogEntryView> entries = catalog.entries();
    List<RuleAnswer> answers = ask(told, entries.stream().map(DevelopmentService::api).toList());
    return new Recommendations(
        employee.getId(),
        employee.getNip().value(),
        period.getId(),
        true,
        merge(entries, answers),
        failures(answers));
  }

  /** What every enabled training rule recommends from the offered activities. */
  private List<RuleAnswer> ask(PeriodRatings told, List<TrainingCatalogEntry> offered) {
    List<RuleAnswer> answers = new ArrayList<>();
    for (RegionExtension<TrainingRuleFactory> rule : plugins.enabled(TrainingRuleFactory.class)) {
      PluginCallResult<List<TrainingRecommendation>> result =
          invoker.call(rule, "recommend", (TrainingRule r) -> r.recommend(told, offered));
      answers.add(
          new RuleAnswer(
              rule.pluginId(),
              result.succeeded() && result.value() != null ? result.value() : List.of(),
              result.failed().map(PluginFailure::reason).orElse(null)));
    }
    return answers;
  }

  /**
   * One training rule's answer.
   *
   * @param pluginId the rule's plugin
   * @param recommended what it recommended, empty if it failed
   * @param failure why it failed, or null
   */
  record RuleAnswer(String pluginId, List<TrainingRecommendation> recommended, String failure) {}

  /**
   * The rules' recommendations that the catalog has, in the rules' order, each activity once with
   * the first reason given.
   */
  static List<Recommendation> merge(List<CatalogEntryView> catalog, List<RuleAnswer> answers) {
    Map<String, CatalogEntryView> byCode = new LinkedHashMap<>();
    catalog.forEach(e -> byCode.put(e.code(), e));
    Map<String, Recommendation> recommended = new LinkedHashMap<>();
    for (RuleAnswer answer : answers) {
      for (TrainingRecommendation r : answer.recommended()) {
        CatalogEntryView entry = r == null ? null : byCode.get(r.catalogCode());
        if (entry != null) {
          recommended.putIfAbsent(
              entry.code(),
              new Recommendation(
                  entry.code(),
                  entry.titleId(),
                  entry.titleEn(),
                  entry.kind(),
                  r.reasonId(),
                  r.reasonEn(),
                  answer.pluginId()));
        }
      }
    }
    return List.copyOf(recommended.values());
  }

  /** A note per rule that failed: "Plugin X gagal: …" / "Plugin X failed: …". */
  static List<PluginNote> failures(List<RuleAnswer> answers) {
    return answers.stream()
        .filter(a -> a.failure() != null)
        .map(
            a ->
                new PluginNote(
                    a.pluginId(),
                    "Plugin " + a.pluginId() + " gagal: " + a.failure(),
                    "Plugin " + a.pluginId() + " failed: " + a.failure()))
        .toList();
  }

  private Map<String, BigDecimal> scores(long employeeId, long periodId) {
    return feedbackScores.isResolvable()
        ? feedbackScores.get().coreValueScores(employeeId, periodId)
        : Map.of();
  }

  /** The rating as the plugin API tells it. */
  static PeriodRatings ratings(PeriodRating rating, Map<String, BigDecimal> scores) {
    return new PeriodRatings(
        PeriodRatings.Rating.valueOf(rating.getResultRating().name()),
        PeriodRatings.Rating.valueOf(rating.getBehaviourRating().name()),
        PeriodRatings.Predicate.valueOf(rating.getPredicate().name()),
        scores);
  }

  private static TrainingCatalogEntry api(CatalogEntryView e) {
    return new TrainingCatalogEntry(
        e.code(), e.titleId(), e.titleEn(), TrainingCatalogEntry.Kind.valueOf(e.kind().name()));
  }

  private EvaluationPeriod period(long periodId) {
    return Records.find(entityManager.get(), EvaluationPeriod.class, periodId);
  }

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Hanya pegawai, pejabat penilainya, atasan pejabat penilai, dan admin yang dapat melihat"
            + " rekomendasi pengembangan ini.",
        "Only the employee, their appraiser, the appraiser's supervisor and the admin may see"
            + " these development recommendations.");
  }
}
