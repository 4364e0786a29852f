package id.kinerja.platform.notification.service;

import id.kinerja.platform.tenancy.service.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email and link settings from MicroProfile Config: {@code kinerja.smtp.host} (email is off without
 * it), {@code kinerja.smtp.port}, {@code kinerja.smtp.from}, optional {@code kinerja.smtp.user},
 * {@code kinerja.smtp.password} and {@code kinerja.smtp.starttls}; {@code kinerja.portal.url}, the
 * portal's address with {@code {host}} for the region's host.
 */
@ApplicationScoped
public class NotificationSettings {

  @Inject
  @ConfigProperty(name = "kinerja.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "kinerja.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "kinerja.smtp.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "kinerja.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "kinerja.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "kinerja.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "kinerja.portal.url", defaultValue = "https://{host}")
  String portalUrl;

  @Inject PlatformConfig platform;

  /** Whether an SMTP host is configured. */
  public boolean emailEnabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** The SMTP server as {@code host:port}, for log lines. */
  public String server() {
    return host.orElse("") + ":" + port;
  }

  /** The sender address; {@code kinerja@<base domain>} unless configured. */
  public String from() {
    return from.filter(f -> !f.isBlank()).orElse("kinerja@" + platform.baseDomain());
  }

  /** The SMTP user, if the server needs a login. */
  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public String password() {
    return password.orElse("");
  }

  /** Jakarta Mail session properties for the configured server, with short timeouts. */
  public Properties mailProperties() {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", host.orElseThrow());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    props.put("mail.smtp.auth", String.valueOf(user().isPresent()));
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    props.put("mail.smtp.starttls.required", String.valueOf(starttls));
    return props;
  }

  /** The absolute address of a portal page of a region: {@code <code>.<base domain>}. */
  public String link(String regionCode, String page) {
    String base = portalUrl.replace("{host}", regionCode + "." + platform.baseDomain());
    return (base.endsWith("/") ? base : base + "/") + page;
  }
}
