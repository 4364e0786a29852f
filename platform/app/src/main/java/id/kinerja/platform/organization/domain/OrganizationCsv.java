package id.kinerja.platform.organization.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and checks an organisation import file (SIASN-like columns), without touching any data.
 * Column names in Bahasa Indonesia or English, any case; comma or semicolon separated; UTF-8 with
 * or without BOM. Every problem names its row and column, in Bahasa Indonesia and English.
 *
 * <p>The entry points of the import's rules: reading the file ({@link CsvFile}), the rules of one
 * row ({@link RowRules}), the rules between rows: the reporting lines ({@link ReportingLines}), and
 * the error report ({@link ErrorReport}).
 */
public final class OrganizationCsv {

  /** The largest file accepted, in megabytes: room for {@link #MAX_ROWS} rows. */
  public static final int MAX_MEGABYTES = 32;

  /** The largest file accepted, in bytes. */
  public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

  /** The most data rows accepted. */
  public static final int MAX_ROWS = 200_000;

  /** The columns, by their canonical (Indonesian) name. */
  public enum Column {
    NIP("nip", "nip"),
    NAME("nama", "nama", "name", "nama_lengkap", "full_name"),
    POSITION("jabatan", "jabatan", "position", "nama_jabatan", "position_name"),
    POSITION_KIND("jenis_jabatan", "jenis_jabatan", "position_kind", "kind"),
    UNIT("unit_kerja", "unit_kerja", "unit", "unit_name", "nama_unit"),
    SUPERVISOR_NIP(
        "nip_atasan", "nip_atasan", "supervisor_nip", "atasan_nip", "nip_pejabat_penilai"),
    STATUS(
        "status",
        "status",
        "employment_type",
        "status_kepegawaian",
        "jenis_pegawai",
        "jenis_kepegawaian"),
    EMAIL("email", "email", "e_mail", "surel");

    private final String label;
    private final List<String> names;

    Column(String label, String... names) {
      this.label = label;
      this.names = List.of(names);
    }

    /** The canonical column name. */
    public String label() {
      return label;
    }

    /** Whether a header cell, normalised to lower case with underscores, names this column. */
    boolean isNamed(String normalName) {
      return names.contains(normalName);
    }
  }

  /** The columns every file must have. */
  static final Set<Column> REQUIRED =
      Set.of(
          Column.NIP,
          Column.NAME,
          Column.POSITION,
          Column.POSITION_KIND,
          Column.UNIT,
          Column.STATUS);

  /**
   * A read file.
   *
   * @param delimiter the separator the file uses
   * @param header the header cells as written (empty when the file could not be read)
   * @param rows the data rows, blank rows left out
   * @param fileProblems why the file as a whole is refused; no row is imported when there are any
   */
  public record Parsed(
      char delimiter, List<String> header, List<ImportRow> rows, List<ImportProblem> fileProblems) {

    /** Whether the file as a whole is refused. */
    public boolean refused() {
      return !fileProblems.isEmpty();
    }
  }

  private OrganizationCsv() {}

  /** Reads {@code bytes} as an import file. */
  public static Parsed parse(byte[] bytes) {
    return CsvFile.parse(bytes);
  }

  /**
   * Every problem of every row, by row number: first each row on its own, then the reporting lines
   * between rows and the region's employees.
   *
   * @param rows the file's rows
   * @param region the region's employees before the import: NIP to the supervisor's NIP, or to
   *     {@code null} for none
   * @return the problems by row; rows without problems are absent
   */
  public static Map<Integer, List<ImportProblem>> validate(
      List<ImportRow> rows, Map<String, String> region) {
    RowRules rowRules = new RowRules();
    Map<Integer, List<ImportProblem>> problems = new TreeMap<>();
    for (ImportRow row : rows) {
      List<ImportProblem> found = rowRules.check(row);
      if (!found.isEmpty()) {
        problems.put(row.row(), found);
      }
    }
    new ReportingLines(rows, region, rowRules.firstRowsOfNips(), problems).refuseBrokenLines();
    return problems;
  }

  /**
   * The error report: the refused rows as written, with a {@code kesalahan} (Indonesian) and an
   * {@code error} (English) column; file problems as rows of their own. UTF-8 with BOM, the file's
   * separator.
   */
  public static byte[] errorReport(Parsed parsed, Map<Integer, List<ImportProblem>> problems) {
    return ErrorReport.of(parsed, problems);
  }

  /** The kind of position a cell names: the enum name in any case, or JF for FUNGSIONAL. */
  public static Optional<PositionKind> positionKind(String text) {
    String key = CsvFile.normal(text).toUpperCase(Locale.ROOT);
    if (key.equals("JF")) {
      return Optional.of(PositionKind.FUNGSIONAL);
    }
    for (PositionKind kind : PositionKind.values()) {
      if (kind.name().equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The employment type a cell names, in any case. */
  public static Optional<EmploymentType> employmentType(String text) {
    String key = CsvFile.normal(text).toUpperCase(Locale.ROOT);
    for (EmploymentType type : EmploymentType.values()) {
      if (type.name().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
