package id.kinerja.plugin.api;

/**
 * The 360 feedback source extension point. List implementations in {@code
 * META-INF/services/id.kinerja.plugin.api.FeedbackSourceFactory}. A factory that lets regions set
 * the anonymity threshold declares an {@code INTEGER} property named {@link
 * FeedbackSource#ANONYMITY_THRESHOLD}.
 *
 * @since 1.1.0
 */
public interface FeedbackSourceFactory extends ExtensionFactory<FeedbackSource> {}
