package id.kinerja.platform.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token in the public form: the unit and the time the form was issued, signed with the
 * server's secret. A form sent back faster than {@link #FASTEST} (a script) or later than {@link
 * #OLDEST} (a replayed page) is refused.
 */
public final class FormToken {

  /** The fastest a person fills in the form. */
  public static final Duration FASTEST = Duration.ofSeconds(2);

  /** The longest a form stays valid. */
  public static final Duration OLDEST = Duration.ofHours(2);

  /** What a token says about the form that carries it. */
  public enum Check {
    VALID,
    /** Not issued by this server for this unit. */
    FORGED,
    /** Sent back faster than a person could. */
    TOO_FAST,
    /** Issued too long ago. */
    EXPIRED
  }

  private FormToken() {}

  /** The token for a form of {@code unitCode} issued at {@code now}. */
  public static String issue(byte[] secret, String unitCode, Instant now) {
    String issued = Long.toString(now.getEpochSecond());
    return issued + "." + signature(secret, unitCode, issued);
  }

  /** Checks a token sent back with a form of {@code unitCode} at {@code now}. */
  public static Check check(byte[] secret, String token, String unitCode, Instant now) {
    if (token == null) {
      return Check.FORGED;
    }
    int dot = token.indexOf('.');
    if (dot < 1) {
      return Check.FORGED;
    }
    String issued = token.substring(0, dot);
    byte[] expected = signature(secret, unitCode, issued).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(
        expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
      return Check.FORGED;
    }
    Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(issued));
    Duration age = Duration.between(issuedAt, now);
    if (age.compareTo(FASTEST) < 0) {
      return Check.TOO_FAST;
    }
    if (age.compareTo(OLDEST) > 0) {
      return Check.EXPIRED;
    }
    return Check.VALID;
  }

  /** HMAC-SHA256 of {@code parts} joined by line breaks, URL-safe Base64 without padding. */
  public static String hmac(byte[] secret, String... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }

  private static String signature(byte[] secret, String unitCode, String issued) {
    return hmac(secret, "survey-form", unitCode, issued);
  }
}
