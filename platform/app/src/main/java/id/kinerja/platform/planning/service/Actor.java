package id.kinerja.platform.planning.service;

/**
 * Who acts on a plan: the caller's NIP as authenticated, and whether the caller is the region's
 * pengelola kinerja (who records approvals for the head of the tree, who has no supervisor).
 *
 * @param nip the caller's NIP
 * @param admin whether the caller has the admin role
 */
public record Actor(String nip, boolean admin) {

  /** An employee without the admin role. */
  public static Actor employee(String nip) {
    return new Actor(nip, false);
  }
}
