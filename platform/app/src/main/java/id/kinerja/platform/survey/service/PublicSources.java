package id.kinerja.platform.survey.service;

import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.service.PluginInvoker;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.survey.domain.FloodGuard;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The region's enabled feedback sources that ask the public, and what their region settings say
 * about the public page: whether it asks who served the citizen, and its flood limits.
 */
@ApplicationScoped
class PublicSources {

  private static final Logger LOG = Logger.getLogger(PublicSources.class.getName());

  /** Region settings of a source that asks the public, with their defaults. */
  static final String MAX_PER_HOUR = "maxPerHour";

  static final String UNIT_CAP = "unitCap";
  static final String ASK_EMPLOYEE = "askEmployee";
  private static final int DEFAULT_MAX_PER_HOUR = 5;
  private static final int DEFAULT_UNIT_CAP = 30;

  @Inject RegionPlugins plugins;
  @Inject PluginInvoker invoker;

  /** A source of the region that asks the public, with its public questions and settings. */
  record PublicSource(String id, List<FeedbackQuestion> questions, Map<String, String> config) {}

  /**
   * The region's enabled feedback sources that ask the public, with the questions put to the
   * public. A source whose plugin fails is left out (the invoker shows the failure to the admin).
   *
   * @throws RuleViolation NOT_FOUND when none is left
   */
  List<PublicSource> ofRegion() {
    List<PublicSource> sources = new ArrayList<>();
    for (RegionExtension<FeedbackSourceFactory> extension :
        plugins.enabled(FeedbackSourceFactory.class)) {
      PluginCallResult<List<FeedbackQuestion>> questions =
          invoker.call(extension, "questions()", PublicSources::publicQuestions);
      questions
          .failed()
          .ifPresent(
              f -> LOG.warning(() -> "Plugin " + extension.pluginId() + " failed: " + f.message()));
      if (questions.succeeded() && !questions.value().isEmpty()) {
        sources.add(
            new PublicSource(extension.factory().id(), questions.value(), extension.config()));
      }
    }
    if (sources.isEmpty()) {
      throw RuleViolation.notFound();
    }
    return sources;
  }

  private static List<FeedbackQuestion> publicQuestions(FeedbackSource source) {
    return source.respondents().contains(RespondentGroup.PUBLIC)
        ? source.questions().stream()
            .filter(q -> q.askedOf().contains(RespondentGroup.PUBLIC))
            .toList()
        : List.of();
  }

  /** Whether the page asks who served the citizen. */
  static boolean askEmployee(List<PublicSource> sources) {
    return sources.stream().anyMatch(s -> "true".equals(s.config().get(ASK_EMPLOYEE)));
  }

  /** The page's flood limits: the strictest of the sources' settings. */
  static FloodGuard floodGuard(List<PublicSource> sources) {
    return new FloodGuard(
        limit(sources, MAX_PER_HOUR, DEFAULT_MAX_PER_HOUR),
        limit(sources, UNIT_CAP, DEFAULT_UNIT_CAP));
  }

  private static int limit(List<PublicSource> sources, String property, int fallback) {
    return sources.stream()
        .map(s -> Optional.ofNullable(s.config().get(property)))
        .flatMap(Optional::stream)
        .mapToInt(Integer::parseInt)
        .min()
        .orElse(fallback);
  }
}
