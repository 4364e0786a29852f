package id.kinerja.platform.tenancy.api;

import id.kinerja.platform.tenancy.service.RegionScope;
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
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Runs every request in the region its host name names ({@link TenantRegistry#ofRequest}, the same
 * resolution the authentication mechanism used). A host that names no region gets a page saying so,
 * with status 404, and reaches nothing else but the health endpoints.
 */
@WebFilter(filterName = "tenant", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** MicroProfile Health's endpoints, served for every host. */
  static final String HEALTH_PATH = "/health";

  @Inject transient TenantRegistry registry;
  @Inject transient RegionScope regions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith(HEALTH_PATH)) {
      // Load balancers and orchestrators probe health by address, not by a region's host name.
      chain.doFilter(request, response);
      return;
    }
    Optional<TenantDefinition> tenant = registry.ofRequest(request);
    if (tenant.isEmpty()) {
      UnknownRegionPage.send(request, response);
      return;
    }
    try {
      regions.run(
          tenant.get().code(),
          () -> {
            try {
              chain.doFilter(request, response);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (ServletException e) {
              throw new FilterFailure(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (FilterFailure e) {
      throw (ServletException) e.getCause();
    }
  }

  /** Carries a servlet exception through {@link RegionScope#run}. */
  private static final class FilterFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FilterFailure(ServletException cause) {
      super(cause);
    }
  }
}
