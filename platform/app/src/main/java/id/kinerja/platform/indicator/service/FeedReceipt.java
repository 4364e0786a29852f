package id.kinerja.platform.indicator.service;

/**
 * What a feed did: how many records it sent, how many were new and how many replaced earlier ones.
 *
 * @param pluginId the plugin fed
 * @param received the rows taken
 * @param created the records stored for the first time
 * @param updated the records sent before and replaced
 */
public record FeedReceipt(String pluginId, int received, int created, int updated) {}
