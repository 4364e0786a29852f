package id.kinerja.platform.tenancy;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the integration tests' PostgreSQL before Arquillian starts Payara Micro: register it
 * before {@link ArquillianExtension} ({@code @ExtendWith({EmbeddedDatabaseExtension.class,
 * ArquillianExtension.class})}). One database serves the whole test JVM; it stops after the last
 * test class, once Arquillian has stopped Payara. Inside the container (where Arquillian runs the
 * test class again) it does nothing.
 */
public class EmbeddedDatabaseExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    boolean inContainer =
        context
            .getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN)
            .map(Boolean::parseBoolean)
            .orElse(false);
    if (inContainer) {
      return;
    }
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(EmbeddedDatabaseExtension.class))
        .getOrComputeIfAbsent("database", key -> IntegrationTestDatabase.start());
  }
}
