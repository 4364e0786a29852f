package id.kinerja.platform.indicator.service;

import java.util.Map;

/**
 * One row of an indicator data feed as sent, before it is checked.
 *
 * @param row the row's number for messages: the line of a CSV file (the header is line 1) or the
 *     position in a JSON array (from 1)
 * @param nip the NIP of the employee the record is attributed to
 * @param id the record's id in the source, unique within the plugin's feed
 * @param openedAt an ISO-8601 instant, or a local date-time in the region's time zone
 * @param closedAt likewise, or blank while the record is open
 * @param value a decimal number, or blank
 * @param attributes further values by name, for example {@code kind}
 */
public record FeedRow(
    int row,
    String nip,
    String id,
    String openedAt,
    String closedAt,
    String value,
    Map<String, String> attributes) {

  /** Copies the attributes. */
  public FeedRow {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
