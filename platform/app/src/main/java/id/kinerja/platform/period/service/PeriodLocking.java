package id.kinerja.platform.period.service;

/**
 * CDI event fired inside the transaction that is about to lock a period. An observer that finds the
 * period not ready throws a {@code RuleViolation}, which refuses the lock and rolls the transaction
 * back; features that depend on periods veto this way without the period feature depending on them.
 *
 * @param periodId the period to be locked
 */
public record PeriodLocking(long periodId) {}
