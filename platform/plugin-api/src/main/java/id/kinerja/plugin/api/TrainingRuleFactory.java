package id.kinerja.plugin.api;

/**
 * The training-recommendation rule extension point. List implementations in {@code
 * META-INF/services/id.kinerja.plugin.api.TrainingRuleFactory}.
 *
 * @since 1.1.0
 */
public interface TrainingRuleFactory extends ExtensionFactory<TrainingRule> {}
