package id.kinerja.platform.tenancy.api;

import id.kinerja.platform.tenancy.service.TenantContext;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Binds every request to the region its host name names, for the whole request. A host that names
 * no region gets a page saying so, with status 404, and reaches nothing else but the health
 * endpoints.
 */
@WebFilter(filterName = "tenant", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute holding the region's code. */
  public static final String TENANT_ATTRIBUTE = "kinerja.tenant";

  /** MicroProfile Health's endpoints, served for every host. */
  static final String HEALTH_PATH = "/health";

  @Inject transient TenantRegistry registry;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith(HEALTH_PATH)) {
      // Load balancers and orchestrators probe health by address, not by a region's host name.
      chain.doFilter(request, response);
      return;
    }
    Optional<TenantDefinition> tenant = registry.byHost(request.getServerName());
    if (tenant.isEmpty()) {
      UnknownRegionPage.send(request, response);
      return;
    }
    String code = tenant.get().code();
    request.setAttribute(TENANT_ATTRIBUTE, code);
    try {
      TenantContext.callAs(
          code,
          () -> {
            try {
              chain.doFilter(request, response);
              return null;
            } catch (IOException | ServletException e) {
              throw new FilterFailure(e);
            }
          });
    } catch (FilterFailure e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw (ServletException) e.getCause();
    }
  }

  /** Carries a checked exception through {@link TenantContext#callAs}. */
  private static final class FilterFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FilterFailure(Exception cause) {
      super(cause);
    }
  }
}
