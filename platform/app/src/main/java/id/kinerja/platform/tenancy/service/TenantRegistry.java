package id.kinerja.platform.tenancy.service;

import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The regions this platform serves, read once from tenants-config at start. */
@ApplicationScoped
public class TenantRegistry {

  private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());

  /** The request attribute holding the region a request's host name names, once resolved. */
  static final String REQUEST_ATTRIBUTE = "kinerja.region";

  @Inject PlatformConfig config;
  @Inject CurrentRegion currentRegion;

  private TenantsConfig source;
  private List<TenantDefinition> tenants;
  private Map<String, TenantDefinition> byCode;
  private Map<String, TenantDefinition> byHost;

  @PostConstruct
  void load() {
    source = TenantsConfig.at(config.tenantsDir().toAbsolutePath());
    tenants = source.tenants();
    byCode = new HashMap<>();
    byHost = new HashMap<>();
    for (TenantDefinition tenant : tenants) {
      byCode.put(tenant.code(), tenant);
      for (String host : tenant.allHosts(config.baseDomain())) {
        TenantDefinition clash = byHost.put(host.toLowerCase(Locale.ROOT), tenant);
        if (clash != null) {
          throw new IllegalStateException(
              "Host " + host + " is claimed by both " + clash.code() + " and " + tenant.code());
        }
      }
    }
    LOG.info(() -> "Serving " + tenants.size() + " regions from " + source.root());
  }

  /** Every region, ordered by code. */
  public List<TenantDefinition> all() {
    return tenants;
  }

  /** The region with this code. */
  public Optional<TenantDefinition> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The region whose portal this host name (without port) is. */
  public Optional<TenantDefinition> byHost(String host) {
    return Optional.ofNullable(byHost.get(host.toLowerCase(Locale.ROOT)));
  }

  /** The region the current request or task works for. */
  public TenantDefinition current() {
    return byCode(currentRegion.code()).orElseThrow();
  }

  /**
   * The region whose portal the request's host name is: resolved on the first ask and kept on the
   * request, so the authentication mechanism and the tenant filter agree without asking twice.
   */
  public Optional<TenantDefinition> ofRequest(HttpServletRequest request) {
    if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof TenantDefinition resolved) {
      return Optional.of(resolved);
    }
    Optional<TenantDefinition> region = byHost(request.getServerName());
    region.ifPresent(r -> request.setAttribute(REQUEST_ATTRIBUTE, r));
    return region;
  }

  /** The tenants-config reader, for demo data. */
  public TenantsConfig source() {
    return source;
  }
}
