package id.kinerja.platform.survey.service;

import id.kinerja.platform.survey.domain.FormToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public page's secrets and network settings from MicroProfile Config: {@code
 * kinerja.survey.secret} signs the forms and keys the device hashes (set the same value on every
 * node of a cluster; without it each start draws a random one, which is fine for one node), and
 * {@code kinerja.survey.trusted-proxy} ({@code false} by default) says whether a proxy in front of
 * the platform sets {@code X-Forwarded-For}: only then is that header believed.
 */
@ApplicationScoped
public class SurveySettings {

  private static final Logger LOG = Logger.getLogger(SurveySettings.class.getName());

  @Inject
  @ConfigProperty(name = "kinerja.survey.secret")
  Optional<String> configuredSecret;

  @Inject
  @ConfigProperty(name = "kinerja.survey.trusted-proxy", defaultValue = "false")
  boolean trustedProxy;

  private byte[] secret;

  @PostConstruct
  void init() {
    secret =
        configuredSecret
            .filter(s -> !s.isBlank())
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .orElseGet(SurveySettings::randomSecret);
  }

  private static byte[] randomSecret() {
    LOG.warning(
        "kinerja.survey.secret is not set: the survey page uses a random secret until the next"
            + " start, so its forms and rate limits are per node");
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return random;
  }

  /** The secret forms are signed with. */
  byte[] secret() {
    return secret;
  }

  /**
   * The client's address: the connection's peer, or, behind a trusted proxy, the last address of
   * {@code X-Forwarded-For} (the one the proxy itself appended; earlier ones the client may forge).
   */
  public String clientAddress(String remoteAddress, String forwardedFor) {
    return clientAddress(trustedProxy, remoteAddress, forwardedFor);
  }

  static String clientAddress(boolean trustedProxy, String remoteAddress, String forwardedFor) {
    if (!trustedProxy || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() ? remoteAddress : last;
  }

  /** The keyed hash of a client address on a day: the device as the rate limit knows it. */
  String clientHash(String address, LocalDate day) {
    return FormToken.hmac(secret, "survey-client", String.valueOf(address), day.toString());
  }
}
