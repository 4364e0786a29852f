package id.kinerja.platform.indicator.service;

import java.time.Instant;

/**
 * The region's feed of one enabled indicator plugin.
 *
 * @param pluginId the plugin
 * @param records how many records the region has sent for it
 * @param lastReceived when a record was last received, or {@code null} if none
 */
public record FeedSummary(String pluginId, long records, Instant lastReceived) {}
