/** The region (tenant) as stored in the database. */
package id.kinerja.platform.tenancy.domain;
