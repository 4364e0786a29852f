package id.kinerja.platform.feedback.service;

import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.service.PluginInvoker;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The region's enabled feedback sources, each as its plugin describes it. */
@ApplicationScoped
public class FeedbackSources {

  private static final Set<RespondentGroup> INTERNAL =
      EnumSet.of(RespondentGroup.PEERS, RespondentGroup.SUBORDINATES, RespondentGroup.SUPERVISOR);

  @Inject RegionPlugins plugins;
  @Inject PluginInvoker invoker;

  /** Every enabled feedback source of the region; a plugin that fails is kept with its failure. */
  List<DescribedSource> all() {
    List<DescribedSource> sources = new ArrayList<>();
    for (RegionExtension<FeedbackSourceFactory> extension :
        plugins.enabled(FeedbackSourceFactory.class)) {
      sources.add(describe(extension));
    }
    return sources;
  }

  /** The sources that ask colleagues inside the organisation and answered the platform. */
  List<DescribedSource> internal() {
    return all().stream()
        .filter(s -> s.failure() == null)
        .filter(s -> s.respondents().stream().anyMatch(INTERNAL::contains))
        .toList();
  }

  private DescribedSource describe(RegionExtension<FeedbackSourceFactory> extension) {
    PluginCallResult<DescribedSource> described =
        invoker.call(
            extension,
            "questions",
            (FeedbackSource s) ->
                new DescribedSource(
                    extension,
                    Set.copyOf(s.respondents()),
                    List.copyOf(s.questions()),
                    s.anonymityThreshold(),
                    null));
    if (described.succeeded() && described.value() != null) {
      return described.value();
    }
    return new DescribedSource(
        extension,
        Set.of(),
        List.of(),
        FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD,
        described.failed().map(f -> f.reason()).orElse("no result"));
  }
}
