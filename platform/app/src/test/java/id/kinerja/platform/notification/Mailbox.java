package id.kinerja.platform.notification;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An employee's inbox on the test mail server, read over IMAP from inside the container: the
 * platform's emails as they arrived (the server runs in the test JVM, see {@link TestMailServer}).
 */
final class Mailbox {

  private static final long POLL_MILLIS = 100;

  private final String address;

  Mailbox(String address) {
    this.address = address;
  }

  /**
   * The messages with this subject, waiting up to {@code millis} until at least {@code expected}
   * arrived (a wait for a positive signal, which returns as soon as it holds).
   */
  List<Mail> await(String subject, int expected, long millis) throws Exception {
    long end = System.currentTimeMillis() + millis;
    while (true) {
      List<Mail> found = withSubject(subject);
      if (found.size() >= expected || System.currentTimeMillis() > end) {
        return found;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** The messages with this subject that arrived so far. */
  List<Mail> withSubject(String subject) throws MessagingException, java.io.IOException {
    List<Mail> matching = new ArrayList<>();
    for (Mail mail : all()) {
      if (subject.equals(mail.subject())) {
        matching.add(mail);
      }
    }
    return matching;
  }

  private List<Mail> all() throws MessagingException, java.io.IOException {
    Properties properties = new Properties();
    properties.put("mail.imap.connectiontimeout", "5000");
    properties.put("mail.imap.timeout", "5000");
    Store store = Session.getInstance(properties).getStore("imap");
    store.connect("127.0.0.1", Integer.getInteger("kinerja.it.imap.port"), address, address);
    try {
      Folder inbox = store.getFolder("INBOX");
      if (!inbox.exists()) {
        return List.of();
      }
      inbox.open(Folder.READ_ONLY);
      try {
        List<Mail> mails = new ArrayList<>();
        for (Message message : inbox.getMessages()) {
          mails.add(new Mail(message.getSubject(), String.valueOf(message.getContent())));
        }
        return mails;
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  /** One email: its subject and text. */
  record Mail(String subject, String body) {}
}
