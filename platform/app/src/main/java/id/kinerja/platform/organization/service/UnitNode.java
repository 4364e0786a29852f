package id.kinerja.platform.organization.service;

/**
 * A unit kerja in the org tree, with how many employees work in it directly.
 *
 * @param id the unit's id
 * @param parentId the enclosing unit's id, or {@code null} for the region itself
 * @param code the unit's code
 * @param name the unit's name
 * @param employees the number of employees placed directly in the unit
 */
public record UnitNode(long id, Long parentId, String code, String name, long employees) {}
