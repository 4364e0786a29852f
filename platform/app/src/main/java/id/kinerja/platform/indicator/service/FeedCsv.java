package id.kinerja.platform.indicator.service;

import id.kinerja.platform.shared.domain.RuleViolation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an indicator data feed from CSV with the header {@code nip,id,openedAt,closedAt,value,
 * attributes}; attributes are written {@code key=value;key=value}. The demo files of tenants-config
 * add a first column {@code plugin}, since one region may feed several plugins.
 */
public final class FeedCsv {

  static final List<String> COLUMNS =
      List.of("nip", "id", "openedAt", "closedAt", "value", "attributes");
  static final String PLUGIN = "plugin";

  private FeedCsv() {}

  /**
   * The rows of a file and the problems found in reading it.
   *
   * @param rows the rows that could be read, each with its line number and plugin ({@code null}
   *     without a plugin column)
   * @param problems the rows that could not be read
   */
  public record Parsed(List<PluginRow> rows, List<RowProblem> problems) {}

  /**
   * A row and the plugin it is for.
   *
   * @param pluginId the value of the plugin column, or {@code null} if the file has none
   * @param row the row
   */
  public record PluginRow(String pluginId, FeedRow row) {}

  /**
   * Reads a feed file (UTF-8).
   *
   * @throws RuleViolation INVALID if the file is not CSV or lacks a column
   */
  public static Parsed parse(byte[] csv) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (Reader reader =
            new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      List<String> missing =
          COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "Kolom berikut tidak ada di berkas: " + String.join(", ", missing) + ".",
            "The file lacks these columns: " + String.join(", ", missing) + ".");
      }
      boolean withPlugin = parser.getHeaderMap().containsKey(PLUGIN);
      List<PluginRow> rows = new ArrayList<>();
      List<RowProblem> problems = new ArrayList<>();
      for (CSVRecord record : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          problems.add(
              new RowProblem(
                  line,
                  "jumlah kolom tidak sesuai dengan kepala berkas.",
                  "the number of columns does not match the header."));
          continue;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String attributeProblem = attributes(record.get("attributes"), attributes);
        if (attributeProblem != null) {
          problems.add(
              new RowProblem(
                  line,
                  "atribut '" + attributeProblem + "' harus ditulis nama=nilai.",
                  "attribute '" + attributeProblem + "' must be written name=value."));
          continue;
        }
        rows.add(
            new PluginRow(
                withPlugin ? record.get(PLUGIN) : null,
                new FeedRow(
                    line,
                    record.get("nip"),
                    record.get("id"),
                    record.get("openedAt"),
                    record.get("closedAt"),
                    record.get("value"),
                    attributes)));
      }
      return new Parsed(rows, problems);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Berkas tidak dapat dibaca sebagai CSV: " + e.getMessage(),
          "The file cannot be read as CSV: " + e.getMessage());
    }
  }

  /** Reads {@code key=value;key=value} into {@code into}; returns the first bad pair, or null. */
  static String attributes(String text, Map<String, String> into) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0 || pair.substring(0, equals).isBlank()) {
        return pair.trim();
      }
      into.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return null;
  }
}
