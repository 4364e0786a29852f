package id.kinerja.platform.security.service;

import java.io.Serializable;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An authenticated person, as their region's identity provider vouched for them.
 *
 * @param region the code of the region the login or token belongs to
 * @param subject the identity provider's subject (user id); may be empty for access tokens that
 *     carry none
 * @param nip the employee's 18-digit NIP; also the container's principal name
 * @param name the display name
 * @param roles the platform roles ({@link Roles}) granted, others dropped
 */
public record Caller(String region, String subject, String nip, String name, Set<String> roles)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Checks the parts and keeps only known roles, in a stable order. */
  public Caller {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(nip, "nip");
    subject = subject == null ? "" : subject;
    name = name == null || name.isBlank() ? nip : name;
    TreeSet<String> known = new TreeSet<>(roles == null ? Set.of() : roles);
    known.retainAll(Roles.ALL);
    roles = Collections.unmodifiableSet(known);
  }

  /** Whether the caller has this role. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether the caller is the region's pengelola kinerja. */
  public boolean isAdmin() {
    return hasRole(Roles.ADMIN);
  }

  /** Whether the caller is an auditor of the region. */
  public boolean isAuditor() {
    return hasRole(Roles.AUDITOR);
  }

  /** Whether the caller is an employee of the region. */
  public boolean isEmployee() {
    return hasRole(Roles.EMPLOYEE);
  }
}
