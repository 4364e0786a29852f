package id.kinerja.platform.planning.service;

/**
 * Who acts, as the survey and document features still pass it: the caller's NIP and whether the
 * caller is the region's pengelola kinerja. Planning itself injects the request's {@link
 * id.kinerja.platform.security.service.Actor}; delete this record once those features do too.
 *
 * @param nip the caller's NIP
 * @param admin whether the caller has the admin role
 * @deprecated inject {@link id.kinerja.platform.security.service.Actor} instead
 */
@Deprecated(forRemoval = true)
public record Actor(String nip, boolean admin) {

  /** An employee without the admin role. */
  public static Actor employee(String nip) {
    return new Actor(nip, false);
  }
}
