/**
 * Reads {@code tenants-config}: one folder per region (tenant) holding {@code tenant.yaml} and, for
 * local runs, demo data ({@code demo/units.csv}, {@code demo/employees.csv}). Shared by the
 * platform, which serves the regions, and the launcher, which provisions their identity realms.
 * Adding a region is adding a folder.
 */
package id.kinerja.tenantconfig;
