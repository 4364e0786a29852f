package id.kinerja.platform.security.service;

import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is acting, in which region, for this request: views, resources, services and the audit trail
 * inject it instead of reading the container's principal. The caller filter binds it once per HTTP
 * request from what the authentication mechanism asserted (a login in the portal, a bearer token on
 * the API); the region is the request's {@link CurrentRegion}. Held by a Vaadin view it is a CDI
 * proxy, so a view restored on another node reads the actor of the request at hand.
 *
 * <p>Background work acts as nobody ({@link #isAuthenticated()} false) unless it acts on someone's
 * behalf with {@link #actAs}.
 */
@RequestScoped
public class Actor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentRegion region;
  @Inject TenantEntityManager entityManager;

  private Caller caller;
  private Long employeeId;

  /** An actor outside the container (tests, tools): {@code caller} in {@code region}. */
  public static Actor of(String region, Caller caller) {
    Actor actor = new Actor();
    actor.region = CurrentRegion.of(region);
    actor.caller = caller;
    return actor;
  }

  /** Binds the request's caller; only the caller filter calls this. */
  public void bind(Caller authenticated) {
    caller = authenticated;
    employeeId = null;
  }

  /** Runs {@code work} as {@code someone} (a test, or background work on a person's behalf). */
  public <T> T actAs(Caller someone, Supplier<T> work) {
    Caller previous = caller;
    Long previousId = employeeId;
    bind(someone);
    try {
      return work.get();
    } finally {
      caller = previous;
      employeeId = previousId;
    }
  }

  /** Whether a person is acting (not an anonymous visitor or background work). */
  public boolean isAuthenticated() {
    return caller != null;
  }

  /** The person acting; refused as forbidden when nobody is. */
  public Caller caller() {
    if (caller == null) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN, "Silakan masuk terlebih dahulu.", "Please log in first.");
    }
    return caller;
  }

  /** The person acting, if any. */
  public Optional<Caller> ifAuthenticated() {
    return Optional.ofNullable(caller);
  }

  /** The code of the region the work is for. */
  public String region() {
    return region.code();
  }

  /** The acting person's NIP. */
  public String nip() {
    return caller().nip();
  }

  /** The acting person's display name. */
  public String name() {
    return caller().name();
  }

  /**
   * The acting person's employee id in the region; refused as forbidden when the login names no
   * employee of the region (an operator account, say).
   */
  @Transactional
  public long employeeId() {
    if (employeeId == null) {
      String nip = nip();
      employeeId =
          entityManager
              .get()
              .createQuery("select e.id from Employee e where e.nip = :nip", Long.class)
              .setParameter("nip", nip)
              .getResultStream()
              .findFirst()
              .orElseThrow(RuleViolation::notFound);
    }
    return employeeId;
  }

  /** The acting person's roles ({@link Roles}); empty when nobody acts. */
  public Set<String> roles() {
    return caller == null ? Set.of() : caller.roles();
  }

  /** Whether the acting person has {@code role}. */
  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /** Whether the acting person is the region's pengelola kinerja. */
  public boolean isAdmin() {
    return hasRole(Roles.ADMIN);
  }

  /** Whether the acting person is an auditor of the region. */
  public boolean isAuditor() {
    return hasRole(Roles.AUDITOR);
  }
}
