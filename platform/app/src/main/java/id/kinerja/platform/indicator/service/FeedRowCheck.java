package id.kinerja.platform.indicator.service;

import id.kinerja.platform.organization.domain.Employee;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks of one feed row before anything is stored: a known NIP, a record id that is present,
 * short enough and not repeated in the feed, readable times in order, a numeric value and named
 * attributes. Each failed check adds a {@link RowProblem}; the caller refuses the feed if any.
 */
final class FeedRowCheck {

  static final int MAX_ID_LENGTH = 200;

  private FeedRowCheck() {}

  /** A row that passed every check. */
  record Checked(
      FeedRow row,
      Employee employee,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      BigDecimal value,
      String attributes) {}

  /**
   * Checks a row, adding its problems to {@code problems} in the order of its columns.
   *
   * @param employees the region's employees of the feed's NIPs, by NIP
   * @param firstRowOfId the row each record id was first seen in; the row's id is added
   * @return the row's checked values; meaningful only if no problem was added
   */
  static Checked check(
      FeedRow row,
      Map<String, Employee> employees,
      ZoneId zone,
      Map<String, Integer> firstRowOfId,
      List<RowProblem> problems) {
    int n = row.row();
    Employee employee = employee(n, row.nip(), employees, problems);
    checkId(n, row.id(), firstRowOfId, problems);
    OffsetDateTime opened = null;
    if (blank(row.openedAt())) {
      problems.add(new RowProblem(n, "openedAt kosong.", "openedAt is missing."));
    } else {
      opened = time(n, "openedAt", row.openedAt(), zone, problems);
    }
    OffsetDateTime closed =
        blank(row.closedAt()) ? null : time(n, "closedAt", row.closedAt(), zone, problems);
    if (opened != null && closed != null && closed.isBefore(opened)) {
      problems.add(
          new RowProblem(
              n, "closedAt lebih awal dari openedAt.", "closedAt lies before openedAt."));
    }
    BigDecimal value = value(n, row.value(), problems);
    String attributes = attributes(n, row.attributes(), problems);
    return new Checked(row, employee, opened, closed, value, attributes);
  }

  private static Employee employee(
      int n, String nip, Map<String, Employee> employees, List<RowProblem> problems) {
    if (blank(nip)) {
      problems.add(new RowProblem(n, "NIP kosong.", "the NIP is missing."));
      return null;
    }
    Employee employee = employees.get(nip.trim());
    if (employee == null) {
      problems.add(
          new RowProblem(
              n,
              "NIP " + nip.trim() + " tidak dikenal di wilayah ini.",
              "NIP " + nip.trim() + " is not known in this region."));
    }
    return employee;
  }

  private static void checkId(
      int n, String id, Map<String, Integer> firstRowOfId, List<RowProblem> problems) {
    if (blank(id)) {
      problems.add(new RowProblem(n, "id catatan kosong.", "the record id is missing."));
    } else if (id.trim().length() > MAX_ID_LENGTH) {
      problems.add(
          new RowProblem(
              n,
              "id catatan lebih dari " + MAX_ID_LENGTH + " karakter.",
              "the record id is longer than " + MAX_ID_LENGTH + " characters."));
    } else {
      Integer first = firstRowOfId.putIfAbsent(id.trim(), n);
      if (first != null) {
        problems.add(
            new RowProblem(
                n,
                "id " + id.trim() + " sudah ada di baris " + first + ".",
                "id " + id.trim() + " already appears in row " + first + "."));
      }
    }
  }

  private static BigDecimal value(int n, String text, List<RowProblem> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      problems.add(
          new RowProblem(
              n,
              "value '" + text.trim() + "' bukan angka.",
              "value '" + text.trim() + "' is not a number."));
      return null;
    }
  }

  /** The named attributes as a JSON object, sorted by name. */
  private static String attributes(int n, Map<String, String> given, List<RowProblem> problems) {
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    for (var attribute : new TreeMap<>(given).entrySet()) {
      if (blank(attribute.getKey())) {
        problems.add(new RowProblem(n, "nama atribut kosong.", "an attribute has no name."));
      } else {
        attributes.add(attribute.getKey().trim(), attribute.getValue());
      }
    }
    return attributes.build().toString();
  }

  private static OffsetDateTime time(
      int row, String column, String text, ZoneId zone, List<RowProblem> problems) {
    OffsetDateTime time = FeedTimes.parse(text, zone);
    if (time == null) {
      problems.add(
          new RowProblem(
              row,
              column
                  + " '"
                  + text.trim()
                  + "' bukan waktu (contoh 2026-10-01T08:30:00Z atau 2026-10-01 08:30).",
              column
                  + " '"
                  + text.trim()
                  + "' is not a time (for example 2026-10-01T08:30:00Z or 2026-10-01 08:30)."));
    }
    return time;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
