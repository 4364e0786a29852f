/**
 * The audit event as stored and the hash chain over a region's events: canonical serialisation,
 * hashing and chain verification in plain Java (JDK only), reusable outside the application.
 */
package id.kinerja.auditverifier;
