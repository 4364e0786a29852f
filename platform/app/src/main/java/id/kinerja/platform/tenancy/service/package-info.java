/** Region registry, the current-tenant scope, tenant-scoped EntityManagers and migrations. */
package id.kinerja.platform.tenancy.service;
