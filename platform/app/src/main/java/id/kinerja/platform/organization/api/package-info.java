/** REST resources for the caller's profile and the region's employees. */
package id.kinerja.platform.organization.api;
