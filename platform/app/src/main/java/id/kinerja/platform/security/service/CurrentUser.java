package id.kinerja.platform.security.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, for this request: inject it into JAX-RS resources, services and Vaadin views
 * ({@code @Inject CurrentUser user; user.nip(); user.isAdmin()}). It reads what the authentication
 * mechanism asserted for this request (a session login in the portal, a bearer token on the API),
 * and only while the container's principal is that caller.
 *
 * <p>Without CDI, {@link #of(HttpServletRequest)} does the same; in Vaadin code: {@code
 * CurrentUser.of(VaadinServletRequest.getCurrent().getHttpServletRequest())}. Outside a request
 * (background threads, {@code UI.access} from another thread) there is no caller: capture the
 * {@link Caller} (Serializable) while handling a request instead.
 */
@RequestScoped
public class CurrentUser {

  /** The request attribute holding the {@link Caller} the mechanism asserted. */
  public static final String REQUEST_ATTRIBUTE = "kinerja.security.caller";

  @Inject HttpServletRequest request;

  /** The caller, if the request is authenticated. */
  public Optional<Caller> caller() {
    return of(request);
  }

  /** The caller; fails if the request is anonymous. */
  public Caller require() {
    return caller().orElseThrow(() -> new IllegalStateException("The request is anonymous"));
  }

  /** Whether the request is authenticated. */
  public boolean isLoggedIn() {
    return caller().isPresent();
  }

  /** The region of the caller's login or token (always the region of this host). */
  public String region() {
    return require().region();
  }

  /** The caller's NIP, also the principal's name. */
  public String nip() {
    return require().nip();
  }

  /** The caller's display name. */
  public String name() {
    return require().name();
  }

  /** The caller's roles ({@link Roles}); empty for an anonymous request. */
  public Set<String> roles() {
    return caller().map(Caller::roles).orElse(Set.of());
  }

  /** Whether the caller has {@code role}; false for an anonymous request. */
  public boolean hasRole(String role) {
    return caller().map(c -> c.hasRole(role)).orElse(false);
  }

  /** Whether the caller is the region's pengelola kinerja. */
  public boolean isAdmin() {
    return hasRole(Roles.ADMIN);
  }

  /** The caller of {@code request}, if the authentication mechanism asserted one. */
  public static Optional<Caller> of(HttpServletRequest request) {
    if (request == null) {
      return Optional.empty();
    }
    Principal principal = request.getUserPrincipal();
    if (principal != null
        && request.getAttribute(REQUEST_ATTRIBUTE) instanceof Caller caller
        && caller.nip().equals(principal.getName())) {
      return Optional.of(caller);
    }
    return Optional.empty();
  }
}
