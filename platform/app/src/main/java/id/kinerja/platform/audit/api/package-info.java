/** REST resources of the audit trail: the verification of the region's chain. */
package id.kinerja.platform.audit.api;
