package id.kinerja.platform.tenancy.service;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The region the current request (or background task) works for: set once per HTTP request by the
 * tenant filter from the host name, and by background work through {@link RegionScope}. Every
 * tenant-aware bean injects it; the EntityManager and the database connection take their region
 * from it. A request without a region reaches no tenant data.
 */
@RequestScoped
public class CurrentRegion implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;

  /** A region fixed to {@code code}, for code and tests outside the container. */
  public static CurrentRegion of(String code) {
    CurrentRegion region = new CurrentRegion();
    region.code = code;
    return region;
  }

  /** The region's code, if one is set. */
  public Optional<String> ifSet() {
    return Optional.ofNullable(code);
  }

  /** The region's code; fails if the work is for no region. */
  public String code() {
    if (code == null) {
      throw new IllegalStateException("No region (tenant) is set for this request");
    }
    return code;
  }

  /** Sets the region, returning the one it replaces; only {@link RegionScope} calls this. */
  String swap(String next) {
    String previous = code;
    code = next;
    return previous;
  }
}
