package id.kinerja.platform.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The test JVM's SMTP server: GreenMail on a given port; client side only, never deployed. */
final class TestMailServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private static volatile GreenMail current;

  private final GreenMail greenMail;

  private TestMailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static TestMailServer start(Integer port) {
    if (port == null) {
      throw new IllegalStateException("kinerja.it.smtp.port is not set: start the database first");
    }
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    current = mail;
    return new TestMailServer(mail);
  }

  /**
   * The messages received for {@code address} with this subject, waiting up to {@code millis} for
   * at least {@code expected} of them.
   */
  static List<MimeMessage> awaitMessages(String address, String subject, int expected, long millis)
      throws Exception {
    long end = System.currentTimeMillis() + millis;
    while (true) {
      List<MimeMessage> found = messages(address, subject);
      if (found.size() >= expected || System.currentTimeMillis() > end) {
        return found;
      }
      Thread.sleep(200);
    }
  }

  /** The messages received so far for {@code address} with this subject. */
  static List<MimeMessage> messages(String address, String subject) throws MessagingException {
    List<MimeMessage> matching = new java.util.ArrayList<>();
    for (MimeMessage m : current.getReceivedMessages()) {
      Address[] to = m.getAllRecipients();
      boolean toAddress =
          to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
      if (toAddress && subject.equals(m.getSubject())) {
        matching.add(m);
      }
    }
    return matching;
  }

  @Override
  public void close() {
    greenMail.stop();
    current = null;
  }
}
