package id.kinerja.tenantconfig;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One region as {@code tenant.yaml} describes it.
 *
 * @param code the short code, the folder's name, for example {@code kupang}
 * @param name the official name, for example {@code Pemerintah Kota Kupang}
 * @param kind provinsi, kabupaten or kota
 * @param timeZone the region's time zone (Kupang is WITA: {@code Asia/Makassar})
 * @param hosts custom host names served as this region's portal, besides {@code <code>.<base>}
 * @param evaluationPeriod monthly or quarterly periodic evaluations
 * @param identity the region's identity provider settings
 * @param plugins the plugins enabled for the region, by plugin id
 * @param deadlines the region's deadlines for closing periods and for objections
 * @param demo the demo accounts, if the region carries demo data
 */
public record TenantDefinition(
    String code,
    String name,
    Kind kind,
    ZoneId timeZone,
    List<String> hosts,
    EvaluationPeriod evaluationPeriod,
    Identity identity,
    Map<String, PluginSettings> plugins,
    Deadlines deadlines,
    Optional<DemoAccounts> demo) {

  /**
   * The region's deadlines, in days, counted in its own time zone.
   *
   * @param closingDays days after a period ends within which realisations and ratings are due
   * @param objectionDays days after ratings are published within which an employee may object
   */
  public record Deadlines(int closingDays, int objectionDays) {

    /** The deadlines when tenant.yaml sets none: 5 days to close a period, 14 to object. */
    public static final Deadlines DEFAULT = new Deadlines(5, 14);

    /** Checks the numbers. */
    public Deadlines {
      if (closingDays < 0 || closingDays > 60 || objectionDays < 1 || objectionDays > 60) {
        throw new IllegalArgumentException(
            "deadlines: closingDays must be 0..60 and objectionDays 1..60");
      }
    }
  }

  /** The kind of regional government. */
  public enum Kind {
    PROVINSI,
    KABUPATEN,
    KOTA
  }

  /** How often periodic evaluations are held. */
  public enum EvaluationPeriod {
    MONTHLY,
    QUARTERLY
  }

  /**
   * The region's identity provider settings.
   *
   * @param realm the Keycloak realm
   * @param issuer the exact issuer, or empty to derive it from the platform's identity server URL
   *     and the realm
   * @param clientId the portal's OIDC client
   * @param clientSecret the portal's client secret; {@code ${ENV_VAR}} reads an environment
   *     variable
   * @param organization the Keycloak Organization marking membership where regions share a realm,
   *     or empty
   */
  public record Identity(
      String realm,
      Optional<String> issuer,
      String clientId,
      String clientSecret,
      Optional<String> organization) {

    /** The issuer of this region's tokens, given the identity server's base URL. */
    public String issuer(String serverUrl) {
      return issuer.orElse(serverUrl.replaceAll("/+$", "") + "/realms/" + realm);
    }
  }

  /**
   * A plugin's settings for the region.
   *
   * @param enabled whether the region uses the plugin
   * @param config the region's configuration values, by property name
   */
  public record PluginSettings(boolean enabled, Map<String, String> config) {}

  /**
   * The demo accounts: user names mapped to the NIP of the employee each is linked to.
   *
   * @param admin the pengelola kinerja's NIP
   * @param appraiser the NIP of {@code penilai}, a supervisor
   * @param employee the NIP of {@code pegawai}, one of the supervisor's direct reports
   */
  public record DemoAccounts(String admin, String appraiser, String employee) {}

  /** All host names of this region's portal: {@code <code>.<baseDomain>} and the custom ones. */
  public List<String> allHosts(String baseDomain) {
    return Stream.concat(Stream.of(code + "." + baseDomain), hosts.stream()).distinct().toList();
  }
}
