/** The servlet filter that binds each request to the region its host name names. */
package id.kinerja.platform.tenancy.api;
