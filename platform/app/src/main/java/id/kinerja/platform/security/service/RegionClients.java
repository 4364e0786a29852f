package id.kinerja.platform.security.service;

import com.nimbusds.oauth2.sdk.GeneralException;
import id.kinerja.tenantconfig.TenantDefinition;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** The regions' OpenID Connect clients, each discovered from its realm on first use and kept. */
final class RegionClients {

  private static final Logger LOG = Logger.getLogger(RegionClients.class.getName());

  private final Supplier<String> serverUrl;
  private final ConcurrentMap<String, RegionOidc> regions = new ConcurrentHashMap<>();

  /** Clients of the realms under the identity server at {@code serverUrl} (read on each use). */
  RegionClients(Supplier<String> serverUrl) {
    this.serverUrl = serverUrl;
  }

  /** The region's client; discovery failures are logged and thrown, and tried again next time. */
  RegionOidc of(TenantDefinition region) throws GeneralException, IOException {
    RegionOidc known = regions.get(region.code());
    if (known != null) {
      return known;
    }
    RegionOidc discovered;
    try {
      discovered = RegionOidc.discover(region, serverUrl.get());
    } catch (GeneralException | IOException e) {
      LOG.warning(
          () ->
              "Discovery of the realm of region "
                  + region.code()
                  + " failed: "
                  + Answers.describe(e));
      throw e;
    }
    RegionOidc raced = regions.putIfAbsent(region.code(), discovered);
    LOG.info(() -> "Discovered realm " + discovered.issuer() + " for region " + region.code());
    return raced != null ? raced : discovered;
  }
}
