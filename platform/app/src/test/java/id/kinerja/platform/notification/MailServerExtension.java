package id.kinerja.platform.notification;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real mail server (GreenMail) in the test JVM on the SMTP port Payara sends email to
 * ({@code kinerja.it.smtp.port}, chosen by the database extension before Arquillian starts Payara)
 * and the IMAP port in-container tests read it on ({@code kinerja.it.imap.port}). Register it after
 * {@code EmbeddedDatabaseExtension}. It runs until the test JVM ends; inside the container it does
 * nothing (GreenMail is not deployed).
 */
public class MailServerExtension implements BeforeAllCallback {

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
        .getStore(ExtensionContext.Namespace.create(MailServerExtension.class))
        .getOrComputeIfAbsent(
            "mail",
            key ->
                TestMailServer.start(
                    Integer.getInteger("kinerja.it.smtp.port"),
                    Integer.getInteger("kinerja.it.imap.port")));
  }
}
