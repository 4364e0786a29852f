package id.kinerja.platform.organization.domain;

import id.kinerja.platform.organization.domain.OrganizationCsv.Column;
import id.kinerja.platform.organization.domain.OrganizationCsv.Parsed;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading an import file: what makes a file readable at all (size, encoding, a header naming the
 * required columns, the number of rows) and how cells become {@link ImportRow}s.
 */
final class CsvFile {

  private CsvFile() {}

  /** A file refused as a whole, while it is being read. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    final transient ImportProblem problem;

    Refused(ImportProblem problem) {
      super(problem.messageEn(), null, false, false);
      this.problem = problem;
    }
  }

  /** Reads {@code bytes} as an import file. */
  static Parsed parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return refused(empty());
    }
    if (bytes.length > OrganizationCsv.MAX_BYTES) {
      return refused(tooLarge(bytes.length));
    }
    Optional<String> text = decode(bytes);
    if (text.isEmpty()) {
      return refused(notCsv());
    }
    return parse(text.get(), delimiterOf(text.get()));
  }

  private static Parsed parse(String text, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    List<String> header = null;
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<ImportRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (header == null) {
          header = cells;
          columns.putAll(columns(header));
          checkHeader(columns);
        } else if (!cells.stream().allMatch(String::isBlank)) {
          checkRowCount(rows.size());
          rows.add(row((int) record.getRecordNumber(), cells, columns));
        }
      }
    } catch (Refused e) {
      return new Parsed(delimiter, header, List.of(), List.of(e.problem));
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return refused(notCsv());
    }
    if (header == null) {
      return refused(empty());
    }
    return new Parsed(delimiter, header, rows, List.of());
  }

  /** The text of a UTF-8 file without its BOM; empty if it is not UTF-8 text. */
  private static Optional<String> decode(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
  }

  /** A semicolon if the first line has more of them than commas (outside quotes), else a comma. */
  private static char delimiterOf(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    return count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  }

  private static void checkHeader(Map<Column, Integer> columns) throws Refused {
    if (!columns.containsKey(Column.NIP)) {
      throw new Refused(
          ImportProblem.ofFile(
              "Berkas bukan CSV data pegawai: kolom NIP tidak ditemukan di baris pertama."
                  + " Baris pertama harus berisi nama kolom, mis."
                  + " nip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status;email.",
              "The file is not an employee CSV: no NIP column in the first row. The"
                  + " first row must name the columns, e.g."
                  + " nip,name,position,position_kind,unit,supervisor_nip,employment_type,email."));
    }
    List<String> missing =
        OrganizationCsv.REQUIRED.stream()
            .filter(c -> !columns.containsKey(c))
            .sorted()
            .map(Column::label)
            .toList();
    if (!missing.isEmpty()) {
      throw new Refused(
          ImportProblem.ofFile(
              "Kolom wajib tidak ada: " + String.join(", ", missing) + ".",
              "Required columns are missing: " + String.join(", ", missing) + "."));
    }
  }

  private static void checkRowCount(int rowsSoFar) throws Refused {
    if (rowsSoFar == OrganizationCsv.MAX_ROWS) {
      throw new Refused(
          ImportProblem.ofFile(
              "Berkas berisi lebih dari "
                  + OrganizationCsv.MAX_ROWS
                  + " baris data. Bagi data menjadi beberapa berkas.",
              "The file has more than "
                  + OrganizationCsv.MAX_ROWS
                  + " data rows. Split the data into several files."));
    }
  }

  private static ImportRow row(int number, List<String> cells, Map<Column, Integer> columns) {
    return new ImportRow(
        number,
        cells,
        nip(cell(cells, columns, Column.NIP)),
        orEmpty(cell(cells, columns, Column.NAME)),
        orEmpty(cell(cells, columns, Column.POSITION)),
        orEmpty(cell(cells, columns, Column.POSITION_KIND)),
        orEmpty(cell(cells, columns, Column.UNIT)),
        columns.containsKey(Column.SUPERVISOR_NIP)
            ? nip(cell(cells, columns, Column.SUPERVISOR_NIP))
            : null,
        orEmpty(cell(cells, columns, Column.STATUS)),
        cell(cells, columns, Column.EMAIL));
  }

  /** The cell of {@code column}, trimmed: empty if the row is short, null without the column. */
  private static String cell(List<String> cells, Map<Column, Integer> columns, Column column) {
    Integer index = columns.get(column);
    if (index == null) {
      return null;
    }
    return index < cells.size() ? cells.get(index).strip() : "";
  }

  /** A NIP as spreadsheets write it: spaces removed, a leading apostrophe dropped. */
  private static String nip(String text) {
    String value = text == null ? "" : text.replaceAll("\\s", "");
    return value.startsWith("'") ? value.substring(1) : value;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static Map<Column, Integer> columns(List<String> header) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < header.size(); i++) {
      String name = normal(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
      for (Column column : Column.values()) {
        if (column.isNamed(name)) {
          columns.putIfAbsent(column, i);
        }
      }
    }
    return columns;
  }

  /** A cell without BOM and surrounding white space; empty for null. */
  static String normal(String text) {
    return text == null ? "" : text.replace("\uFEFF", "").strip();
  }

  private static int count(String text, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char at = text.charAt(i);
      if (at == '"') {
        quoted = !quoted;
      } else if (at == c && !quoted) {
        n++;
      }
    }
    return n;
  }

  private static Parsed refused(ImportProblem problem) {
    return new Parsed(',', List.of(), List.of(), List.of(problem));
  }

  private static ImportProblem empty() {
    return ImportProblem.ofFile(
        "Berkas kosong. Unggah berkas CSV dengan baris judul kolom (mis. nip;nama;jabatan;...).",
        "The file is empty. Upload a CSV file with a header row (e.g. nip;nama;jabatan;...).");
  }

  private static ImportProblem tooLarge(int length) {
    return ImportProblem.ofFile(
        "Berkas terlalu besar ("
            + (length / 1024)
            + " KB). Batasnya "
            + OrganizationCsv.MAX_MEGABYTES
            + " MB; bagi data menjadi beberapa berkas.",
        "The file is too large ("
            + (length / 1024)
            + " KB). The limit is "
            + OrganizationCsv.MAX_MEGABYTES
            + " MB; split the data into several files.");
  }

  private static ImportProblem notCsv() {
    return ImportProblem.ofFile(
        "Berkas bukan CSV yang dapat dibaca. Simpan data sebagai CSV UTF-8 (dipisah koma atau"
            + " titik koma) dengan baris judul kolom, lalu unggah lagi.",
        "The file is not a readable CSV file. Save the data as CSV UTF-8 (comma or semicolon"
            + " separated) with a header row, then upload it again.");
  }
}
