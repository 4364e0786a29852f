package id.kinerja.platform.notification.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the emails of notices over SMTP, only after the transaction that created them has
 * committed, on a managed thread so that the user does not wait for the mail server. A failure is
 * logged and never reaches the business transaction, which has committed already.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject NotificationSettings settings;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (settings.emailEnabled()) {
      LOG.info(() -> "Email notifications are sent through " + settings.server());
    } else {
      LOG.info("kinerja.smtp.host is not set: email notifications are off, in-app notices work");
    }
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
    if (!settings.emailEnabled()) {
      return;
    }
    try {
      executor.execute(() -> send(mail));
    } catch (RejectedExecutionException e) {
      LOG.warning(() -> "Email to " + mail.to() + " not queued: " + e);
    }
  }

  /** Sends one email now; logs and swallows any failure. */
  void send(OutgoingMail mail) {
    try {
      Session session =
          settings
              .user()
              .map(
                  user ->
                      Session.getInstance(
                          settings.mailProperties(),
                          new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                              return new PasswordAuthentication(user, settings.password());
                            }
                          }))
              .orElseGet(() -> Session.getInstance(settings.mailProperties()));
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Email to " + mail.to() + " via " + settings.server() + " failed: " + e,
          LOG.isLoggable(Level.FINE) ? e : null);
    }
  }
}
