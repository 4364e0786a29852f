package id.kinerja.platform.plugin.api;

import id.kinerja.platform.plugin.service.PluginConfigForm;
import id.kinerja.platform.plugin.service.RegionPlugin;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/plugins}: the plugins as the region has them (state and reason, as in {@code
 * admin/plugin}); {@code /api/v1/plugins/{id}}: the region's setting of a plugin with its declared
 * properties, and its change by the region's admin (with the version last seen).
 */
@Path("v1/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PluginsResource {

  @Inject RegionPlugins plugins;

  /** A change of the region's setting of a plugin. */
  public record SettingChange(long version, boolean enabled, Map<String, String> config) {}

  @GET
  public List<RegionPlugin> list() {
    return plugins.list();
  }

  @GET
  @Path("{id}")
  public PluginConfigForm setting(@PathParam("id") String id) {
    return plugins.form(id);
  }

  @PUT
  @Path("{id}")
  public PluginConfigForm configure(@PathParam("id") String id, SettingChange change) {
    if (change == null) {
      throw new BadRequestException("A body {version, enabled, config} is required.");
    }
    return plugins.configure(id, change.version(), change.enabled(), change.config());
  }
}
