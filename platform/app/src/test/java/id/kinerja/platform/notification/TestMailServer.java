package id.kinerja.platform.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test JVM's mail server: GreenMail taking Payara's email over SMTP and serving every
 * recipient's inbox over IMAP (login = password = the address), where in-container tests read it
 * ({@link Mailbox}). Client side only, never deployed.
 */
final class TestMailServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private final GreenMail greenMail;

  private TestMailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static TestMailServer start(Integer smtpPort, Integer imapPort) {
    if (smtpPort == null || imapPort == null) {
      throw new IllegalStateException(
          "kinerja.it.smtp.port / kinerja.it.imap.port are not set: start the database first");
    }
    GreenMail mail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    return new TestMailServer(mail);
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
