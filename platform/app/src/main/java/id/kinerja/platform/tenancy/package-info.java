/**
 * Tenancy: which region a request belongs to (from its host name), the region registry read from
 * tenants-config, and tenant-scoped data access with both walls of isolation (EclipseLink's tenant
 * discriminator and PostgreSQL row-level security).
 */
package id.kinerja.platform.tenancy;
