package id.kinerja.platform.security.service;

import java.util.Set;

/**
 * The role names the platform knows. Keycloak puts them in the {@code roles} claim; the
 * authentication mechanism passes them to the container as groups, so they are the names for
 * {@code @RolesAllowed} and {@code isUserInRole}. Who appraises whom comes from the organisation
 * data, not from roles.
 */
public final class Roles {

  /** Every employee (ASN) of the region. */
  public static final String EMPLOYEE = "employee";

  /** The pengelola kinerja: administers the region's performance management. */
  public static final String ADMIN = "admin";

  /** Reads everything of the region, changes nothing. */
  public static final String AUDITOR = "auditor";

  /** All of them; other roles in a token are ignored. */
  public static final Set<String> ALL = Set.of(EMPLOYEE, ADMIN, AUDITOR);

  private Roles() {}
}
