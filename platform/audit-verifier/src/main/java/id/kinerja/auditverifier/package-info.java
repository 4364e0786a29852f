/**
 * The audit event as stored and the hash chain over a region's events: canonical serialisation,
 * hashing and chain verification in plain Java (JDK only), and the verification of a database's
 * chains over plain JDBC; used by the platform and by the operators' command outside it.
 */
package id.kinerja.auditverifier;
