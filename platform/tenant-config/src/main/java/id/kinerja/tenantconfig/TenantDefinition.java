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
    Optional<DemoAccounts> demo) {

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
