package id.kinerja.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * What every extension factory has in common: an id, a name, the configuration it declares, the
 * validation of a region's configuration, and its lifecycle.
 *
 * <h2>Lifecycle</h2>
 *
 * <ol>
 *   <li>The platform loads each plugin jar at start, in a class loader of its own, and instantiates
 *       the factories listed in the jar's {@code META-INF/services/<extension point interface>}
 *       with their public no-argument constructor: one instance per factory class and platform.
 *   <li>It calls {@link #id()}, then {@link #init()} once. A factory whose constructor, {@code id}
 *       or {@code init} throws marks the whole plugin failed; it is not called again.
 *   <li>When a region's admin saves a configuration (form, REST or {@code tenant.yaml}), the
 *       platform checks the values against {@link #configProperties()}, then calls {@link
 *       #validate(Configuration)}.
 *   <li>For every use in a region (an indicator list, a computation, a feedback aggregation, a
 *       recommendation) the platform calls {@link #create(Configuration)} with that region's
 *       effective configuration, calls the provider once or a few times, and drops it. So {@code
 *       create} must be cheap and a factory must keep no region's state: factories are shared by
 *       all regions and called from many threads at once.
 *   <li>At shutdown the platform calls {@link #close()} once; no other method is called after it.
 * </ol>
 *
 * <p>Each use of a provider ({@code create} and the provider's methods) is time boxed: it must
 * return within <b>2 seconds</b>, or it is abandoned and marked failed for that region and call,
 * and the platform goes on without it. {@code validate} runs while the admin waits for the answer:
 * it must be as quick. A plugin must not block, wait on the network, or reach anything but the data
 * it is given.
 *
 * @param <P> the provider this factory creates
 */
public interface ExtensionFactory<P> {

  /**
   * A stable id, unique within the plugin, for example {@code health-service-time}. It names this
   * factory among the plugin's factories; the plugin itself is named by its manifest's {@code
   * Plugin-Id}, under which regions enable it.
   */
  String id();

  /**
   * The name shown to admins.
   *
   * <p>A factory overrides this method, or (as before 1.2.0) both {@link #nameId()} and {@link
   * #nameEn()}.
   *
   * @since 1.2.0
   */
  default LocalizedText name() {
    return LocalizedText.of(nameId(), nameEn());
  }

  /**
   * The name shown to admins in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: the name reads as an identifier; override {@link #name()}
   */
  @Deprecated
  default String nameId() {
    return name().indonesian();
  }

  /**
   * The name shown to admins in English.
   *
   * @deprecated since 1.2.0: override {@link #name()}
   */
  @Deprecated
  default String nameEn() {
    return name().english();
  }

  /** The configuration properties a region may set; empty if none. */
  default List<ConfigProperty> configProperties() {
    return List.of();
  }

  /**
   * Called once at start, after the factory is instantiated and before any region uses it; for
   * reading the plugin's own resources, for example. Throwing marks the plugin failed.
   *
   * @since 1.2.0
   */
  default void init() {}

  /**
   * Called once at shutdown, to release what {@link #init()} took. What it throws is logged.
   *
   * @since 1.2.0
   */
  default void close() {}

  /**
   * Checks a region's configuration beyond what the platform checks from the declaration (required
   * values, types, bounds and options): for example that one value is below another.
   *
   * @param config the region's checked values, with defaults filled in
   * @throws ConfigurationException if a value is not acceptable
   * @since 1.2.0
   */
  default void validate(Configuration config) throws ConfigurationException {
    validate(config.asMap());
  }

  /**
   * Checks a region's configuration given as text.
   *
   * @param config the region's values, by property name, with defaults filled in
   * @throws ConfigurationException if a value is not acceptable
   * @deprecated since 1.2.0: override {@link #validate(Configuration)}, which reads values typed
   */
  @Deprecated
  default void validate(Map<String, String> config) throws ConfigurationException {}

  /**
   * Creates the provider for one region and one use.
   *
   * <p>A factory overrides this method, or (as before 1.2.0) {@link #create(Map)}.
   *
   * @param config the region's validated configuration, with defaults filled in
   * @since 1.2.0
   */
  default P create(Configuration config) {
    return create(config.asMap());
  }

  /**
   * Creates the provider for one region from its configuration given as text.
   *
   * @param config the region's validated values, by property name, with defaults filled in
   * @deprecated since 1.2.0: override {@link #create(Configuration)}, which reads values typed
   */
  @Deprecated
  default P create(Map<String, String> config) {
    return create(Configuration.of(configProperties(), config));
  }
}
