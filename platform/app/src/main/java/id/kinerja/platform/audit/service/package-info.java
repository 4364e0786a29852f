/** Appending audit events in the caller's transaction, and verifying the current region's chain. */
package id.kinerja.platform.audit.service;
