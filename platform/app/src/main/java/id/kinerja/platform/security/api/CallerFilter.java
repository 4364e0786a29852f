package id.kinerja.platform.security.api;

import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import id.kinerja.platform.security.service.OidcAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Binds the request's {@link Actor} to the caller the authentication mechanism asserted, and only
 * while the container's principal is that caller: the one place outside the mechanism that reads
 * the principal. Its order against the tenant filter does not matter: the actor reads its region
 * when asked.
 */
@WebFilter(filterName = "caller", urlPatterns = "/*", asyncSupported = true)
public class CallerFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Actor actor;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    if (principal != null
        && request.getAttribute(OidcAuthenticationMechanism.CALLER_ATTRIBUTE) instanceof Caller c
        && c.nip().equals(principal.getName())) {
      actor.bind(c);
    }
    chain.doFilter(request, response);
  }
}
