package id.kinerja.auditverifier;

/**
 * The result of verifying a region's audit chain.
 *
 * @param events the number of events verified as intact, from seq 1
 * @param valid whether every stored event is intact and linked
 * @param firstBrokenSeq the seq of the first broken link (a changed, missing or misplaced event),
 *     or null when valid
 * @param reason why that link is broken, or null when valid
 * @param headHash the hash of the last intact event ({@link AuditChain#GENESIS_HASH} when none):
 *     record it elsewhere to detect later removal of events from the end, which no chain can show
 */
public record ChainVerdict(
    long events, boolean valid, Long firstBrokenSeq, String reason, String headHash) {}
