package id.kinerja.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's own settings, from MicroProfile Config (system properties or environment). */
@ApplicationScoped
public class PlatformConfig {

  @Inject
  @ConfigProperty(name = "kinerja.tenants.dir", defaultValue = "tenants-config")
  String tenantsDir;

  @Inject
  @ConfigProperty(name = "kinerja.plugins.dir", defaultValue = "plugins-enabled")
  String pluginsDir;

  @Inject
  @ConfigProperty(name = "kinerja.base-domain", defaultValue = "localhost")
  String baseDomain;

  @Inject
  @ConfigProperty(name = "kinerja.oidc.server-url", defaultValue = "http://localhost:8180")
  String oidcServerUrl;

  @Inject
  @ConfigProperty(name = "kinerja.demo", defaultValue = "false")
  boolean demo;

  /** The tenants-config folder. */
  public Path tenantsDir() {
    return Path.of(tenantsDir);
  }

  /** The folder plugin jars are loaded from. */
  public Path pluginsDir() {
    return Path.of(pluginsDir);
  }

  /** The domain under which each region's portal is {@code <code>.<baseDomain>}. */
  public String baseDomain() {
    return baseDomain;
  }

  /** The identity server's base URL; a realm's issuer is {@code <url>/realms/<realm>}. */
  public String oidcServerUrl() {
    return oidcServerUrl;
  }

  /** Whether demo data from tenants-config is loaded into empty regions. */
  public boolean demo() {
    return demo;
  }
}
