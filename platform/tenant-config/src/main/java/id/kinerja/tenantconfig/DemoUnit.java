package id.kinerja.tenantconfig;

import java.util.Optional;

/**
 * A unit of the demo org tree ({@code demo/units.csv}: code, name, parent_code).
 *
 * @param code a code unique in the region
 * @param name the unit's name, for example {@code Dinas Kesehatan}
 * @param parentCode the enclosing unit, empty for the region itself
 */
public record DemoUnit(String code, String name, Optional<String> parentCode) {}
