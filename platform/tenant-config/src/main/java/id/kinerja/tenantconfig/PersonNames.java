package id.kinerja.tenantconfig;

import java.util.regex.Pattern;

/** Employees' names as identity providers want them: a first and a last name, both required. */
public final class PersonNames {

  /** Keycloak's person-name validator refuses these (and control characters). */
  private static final Pattern PROHIBITED =
      Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]");

  private PersonNames() {}

  /**
   * First and last name of a full name with titles: academic degrees after the first comma are
   * dropped, characters Keycloak refuses in names are removed, the last word is the last name, a
   * single name is both, and no name at all is {@code "-"}.
   *
   * @return the first and the last name
   */
  public static String[] split(String fullName) {
    String name = fullName == null ? "" : fullName;
    int comma = name.indexOf(',');
    if (comma > 0) {
      name = name.substring(0, comma);
    }
    name = PROHIBITED.matcher(name).replaceAll("").strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      return new String[] {"-", "-"};
    }
    int space = name.lastIndexOf(' ');
    return space < 0
        ? new String[] {name, name}
        : new String[] {name.substring(0, space), name.substring(space + 1)};
  }
}
