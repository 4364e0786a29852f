package id.kinerja.platform.indicator.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moves a demo feed in time by whole quarters, so that the quarter of its latest record becomes the
 * current quarter: the demo then always spans the current and the previous periods, whatever the
 * day it is loaded. Quarters keep the months' days, so a record on the 5th stays on a 5th.
 */
final class DemoShift {

  private DemoShift() {}

  /**
   * The rows with {@code openedAt}, {@code closedAt} and every attribute that is a time moved by
   * the same number of quarters, written as ISO-8601 instants. Rows whose times cannot be read are
   * left as they are (the feed's checks refuse them).
   */
  static List<FeedCsv.PluginRow> toCurrentQuarter(
      List<FeedCsv.PluginRow> rows, ZoneId zone, LocalDate today) {
    LocalDate latest =
        rows.stream()
            .map(r -> FeedTimes.parse(nonNull(r.row().openedAt()), zone))
            .filter(Objects::nonNull)
            .map(t -> t.atZoneSameInstant(zone).toLocalDate())
            .max(LocalDate::compareTo)
            .orElse(today);
    long months = 3 * (quarterIndex(today) - quarterIndex(latest));
    return rows.stream().map(r -> shift(r, months, zone)).toList();
  }

  private static long quarterIndex(LocalDate day) {
    return day.getYear() * 4L + (day.getMonthValue() - 1) / 3;
  }

  private static FeedCsv.PluginRow shift(FeedCsv.PluginRow plugin, long months, ZoneId zone) {
    FeedRow row = plugin.row();
    Map<String, String> attributes = new LinkedHashMap<>();
    row.attributes().forEach((key, value) -> attributes.put(key, shift(value, months, zone)));
    return new FeedCsv.PluginRow(
        plugin.pluginId(),
        new FeedRow(
            row.row(),
            row.nip(),
            row.id(),
            shift(row.openedAt(), months, zone),
            shift(row.closedAt(), months, zone),
            row.value(),
            attributes));
  }

  private static String shift(String text, long months, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return text;
    }
    OffsetDateTime time = FeedTimes.parse(text, zone);
    if (time == null) {
      return text;
    }
    return time.atZoneSameInstant(zone).plusMonths(months).toInstant().toString();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
