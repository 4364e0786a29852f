package id.kinerja.platform.organization.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks an organisation import file (SIASN-like columns), without touching any data.
 * Column names in Bahasa Indonesia or English, any case; comma or semicolon separated; UTF-8 with
 * or without BOM. Every problem names its row and column, in Bahasa Indonesia and English.
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
  }

  private static final Set<Column> REQUIRED =
      Set.of(
          Column.NIP,
          Column.NAME,
          Column.POSITION,
          Column.POSITION_KIND,
          Column.UNIT,
          Column.STATUS);

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
    if (bytes == null || bytes.length == 0) {
      return refused(
          "Berkas kosong. Unggah berkas CSV dengan baris judul kolom (mis. nip;nama;jabatan;...).",
          "The file is empty. Upload a CSV file with a header row (e.g. nip;nama;jabatan;...).");
    }
    if (bytes.length > MAX_BYTES) {
      return refused(
          "Berkas terlalu besar ("
              + (bytes.length / 1024)
              + " KB). Batasnya "
              + MAX_MEGABYTES
              + " MB; bagi data menjadi beberapa berkas.",
          "The file is too large ("
              + (bytes.length / 1024)
              + " KB). The limit is "
              + MAX_MEGABYTES
              + " MB; split the data into several files.");
    }
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
      return notCsv();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      return notCsv();
    }
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    List<String> header = null;
    final Map<Column, Integer> columns = enumMap();
    List<ImportRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (header == null) {
          header = cells;
          columns.putAll(columns(header));
          if (!columns.containsKey(Column.NIP)) {
            return new Parsed(
                delimiter,
                header,
                List.of(),
                List.of(
                    ImportProblem.ofFile(
                        "Berkas bukan CSV data pegawai: kolom NIP tidak ditemukan di baris pertama."
                            + " Baris pertama harus berisi nama kolom, mis."
                            + " nip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status;email.",
                        "The file is not an employee CSV: no NIP column in the first row. The"
                            + " first row must name the columns, e.g."
                            + " nip,name,position,position_kind,unit,supervisor_nip,employment_type,email.")));
          }
          List<String> missing =
              REQUIRED.stream()
                  .filter(c -> !columns.containsKey(c))
                  .sorted()
                  .map(Column::label)
                  .toList();
          if (!missing.isEmpty()) {
            return new Parsed(
                delimiter,
                header,
                List.of(),
                List.of(
                    ImportProblem.ofFile(
                        "Kolom wajib tidak ada: " + String.join(", ", missing) + ".",
                        "Required columns are missing: " + String.join(", ", missing) + ".")));
          }
          continue;
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          return new Parsed(
              delimiter,
              header,
              List.of(),
              List.of(
                  ImportProblem.ofFile(
                      "Berkas berisi lebih dari "
                          + MAX_ROWS
                          + " baris data. Bagi data menjadi beberapa berkas.",
                      "The file has more than "
                          + MAX_ROWS
                          + " data rows. Split the data into several files.")));
        }
        rows.add(row((int) record.getRecordNumber(), cells, columns));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return notCsv();
    }
    if (header == null) {
      return refused(
          "Berkas kosong. Unggah berkas CSV dengan baris judul kolom (mis. nip;nama;jabatan;...).",
          "The file is empty. Upload a CSV file with a header row (e.g. nip;nama;jabatan;...).");
    }
    return new Parsed(delimiter, header, rows, List.of());
  }

  /**
   * Every problem of every row, by row number.
   *
   * @param rows the file's rows
   * @param region the region's employees before the import: NIP to the supervisor's NIP, or to
   *     {@code null} for none
   * @return the problems by row; rows without problems are absent
   */
  public static Map<Integer, List<ImportProblem>> validate(
      List<ImportRow> rows, Map<String, String> region) {
    Map<Integer, List<ImportProblem>> problems = new TreeMap<>();
    Map<String, Integer> firstRowOfNip = new HashMap<>();
    for (ImportRow row : rows) {
      List<ImportProblem> found = new ArrayList<>();
      Optional<Nip.Fault> fault = Nip.check(row.nip());
      if (row.nip().isEmpty()) {
        found.add(problem(row, Column.NIP, "NIP kosong.", "The NIP is empty."));
      } else if (fault.isPresent()) {
        found.add(nipProblem(row, Column.NIP, row.nip(), fault.get()));
      } else {
        Integer first = firstRowOfNip.putIfAbsent(row.nip(), row.row());
        if (first != null) {
          found.add(
              problem(
                  row,
                  Column.NIP,
                  "NIP " + row.nip() + " sudah ada di baris " + first + " berkas ini.",
                  "NIP " + row.nip() + " already appears in row " + first + " of this file."));
        }
      }
      if (row.name().isEmpty()) {
        found.add(problem(row, Column.NAME, "Nama kosong.", "The name is empty."));
      }
      if (row.position().isEmpty()) {
        found.add(problem(row, Column.POSITION, "Jabatan kosong.", "The position is empty."));
      }
      if (positionKind(row.positionKind()).isEmpty()) {
        found.add(
            problem(
                row,
                Column.POSITION_KIND,
                "Jenis jabatan '"
                    + row.positionKind()
                    + "' tidak dikenal. Pilih JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau"
                    + " FUNGSIONAL.",
                "Unknown position kind '"
                    + row.positionKind()
                    + "'. Use JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL."));
      }
      if (row.unit().isEmpty()) {
        found.add(problem(row, Column.UNIT, "Unit kerja kosong.", "The unit is empty."));
      }
      if (employmentType(row.status()).isEmpty()) {
        found.add(
            problem(
                row,
                Column.STATUS,
                "Status kepegawaian '" + row.status() + "' tidak dikenal. Pilih PNS atau PPPK.",
                "Unknown employment type '" + row.status() + "'. Use PNS or PPPK."));
      }
      String supervisor = row.supervisorNip();
      if (supervisor != null && !supervisor.isEmpty()) {
        Optional<Nip.Fault> supervisorFault = Nip.check(supervisor);
        if (supervisorFault.isPresent()) {
          found.add(nipProblem(row, Column.SUPERVISOR_NIP, supervisor, supervisorFault.get()));
        } else if (supervisor.equals(row.nip())) {
          found.add(
              problem(
                  row,
                  Column.SUPERVISOR_NIP,
                  "Pegawai tidak dapat menjadi atasannya sendiri.",
                  "An employee cannot be their own supervisor."));
        }
      }
      if (row.email() != null && !row.email().isEmpty() && !EMAIL.matcher(row.email()).matches()) {
        found.add(
            problem(
                row,
                Column.EMAIL,
                "Alamat email '" + row.email() + "' tidak sah.",
                "The e-mail address '" + row.email() + "' is not valid."));
      }
      if (!found.isEmpty()) {
        problems.put(row.row(), found);
      }
    }
    // Links between rows: repeated until stable, since refusing one row can strand another.
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, ImportRow> accepted = new LinkedHashMap<>();
      for (ImportRow row : rows) {
        if (!problems.containsKey(row.row())) {
          accepted.put(row.nip(), row);
        }
      }
      for (ImportRow row : accepted.values()) {
        String supervisor = row.supervisorNip();
        if (supervisor == null || supervisor.isEmpty()) {
          continue;
        }
        if (!accepted.containsKey(supervisor) && !region.containsKey(supervisor)) {
          Integer refusedRow = firstRowOfNip.get(supervisor);
          problems.put(
              row.row(),
              List.of(
                  refusedRow != null
                      ? problem(
                          row,
                          Column.SUPERVISOR_NIP,
                          "Atasan dengan NIP "
                              + supervisor
                              + " ditolak di baris "
                              + refusedRow
                              + "; perbaiki baris itu dahulu.",
                          "The supervisor with NIP "
                              + supervisor
                              + " is refused in row "
                              + refusedRow
                              + "; fix that row first.")
                      : problem(
                          row,
                          Column.SUPERVISOR_NIP,
                          "Atasan dengan NIP "
                              + supervisor
                              + " tidak ada di berkas maupun di data daerah. Tambahkan"
                              + " atasannya ke berkas, atau kosongkan kolom ini lalu tetapkan"
                              + " atasan di menu Pegawai (Masalah data).",
                          "The supervisor with NIP "
                              + supervisor
                              + " is neither in the file nor in the region. Add the supervisor"
                              + " to the file, or leave this column empty and set the supervisor"
                              + " under Employees (Data problems).")));
          changed = true;
        }
      }
      if (changed) {
        continue;
      }
      Map<String, String> links = new HashMap<>(region);
      for (ImportRow row : accepted.values()) {
        links.put(
            row.nip(),
            row.supervisorNip() == null
                ? region.get(row.nip())
                : (row.supervisorNip().isEmpty() ? null : row.supervisorNip()));
      }
      for (ImportRow row : accepted.values()) {
        List<String> cycle = cycleFrom(row.nip(), links);
        if (cycle.isEmpty()) {
          continue;
        }
        String path = String.join(" → ", cycle);
        for (String nip : cycle) {
          ImportRow member = accepted.get(nip);
          if (member != null
              && member.supervisorNip() != null
              && !problems.containsKey(member.row())) {
            problems.put(
                member.row(),
                List.of(
                    problem(
                        member,
                        Column.SUPERVISOR_NIP,
                        "Garis atasan berputar: "
                            + path
                            + ". Seorang pegawai tidak dapat menjadi"
                            + " atasan dari atasannya sendiri.",
                        "The reporting line forms a cycle: "
                            + path
                            + ". An employee cannot supervise their own supervisor.")));
            changed = true;
          }
        }
        if (changed) {
          break;
        }
      }
    }
    return problems;
  }

  /**
   * The error report: the refused rows as written, with a {@code kesalahan} (Indonesian) and an
   * {@code error} (English) column; file problems as rows of their own. UTF-8 with BOM, the file's
   * separator.
   */
  public static byte[] errorReport(Parsed parsed, Map<Integer, List<ImportProblem>> problems) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setDelimiter(parsed.delimiter()).get())) {
      writer.write('\uFEFF');
      List<String> header = new ArrayList<>(parsed.header());
      int width = header.size();
      header.add("kesalahan");
      header.add("error");
      printer.printRecord(header);
      for (ImportProblem problem : parsed.fileProblems()) {
        List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
        cells.add(problem.messageId());
        cells.add(problem.messageEn());
        printer.printRecord(cells);
      }
      for (ImportRow row : parsed.rows()) {
        List<ImportProblem> found = problems.get(row.row());
        if (found == null) {
          continue;
        }
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < width) {
          cells.add("");
        }
        cells.add(join(found, true));
        cells.add(join(found, false));
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The kind of position a cell names: the enum name in any case, or JF for FUNGSIONAL. */
  public static Optional<PositionKind> positionKind(String text) {
    String key = normal(text).toUpperCase(Locale.ROOT);
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
    String key = normal(text).toUpperCase(Locale.ROOT);
    for (EmploymentType type : EmploymentType.values()) {
      if (type.name().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static String join(List<ImportProblem> problems, boolean indonesian) {
    return String.join(
        " | ",
        problems.stream()
            .map(
                p ->
                    (p.column().isEmpty() ? "" : p.column() + ": ")
                        + (indonesian ? p.messageId() : p.messageEn()))
            .toList());
  }

  /** The NIPs of the cycle through {@code start}, start first and last; empty without one. */
  private static List<String> cycleFrom(String start, Map<String, String> links) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String nip = start; nip != null; nip = links.get(nip)) {
      if (!seen.add(nip)) {
        if (!nip.equals(start)) {
          return List.of();
        }
        path.add(nip);
        return path;
      }
      path.add(nip);
    }
    return List.of();
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
    Map<Column, Integer> columns = enumMap();
    for (int i = 0; i < header.size(); i++) {
      String name = normal(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
      for (Column column : Column.values()) {
        if (column.names.contains(name)) {
          columns.putIfAbsent(column, i);
        }
      }
    }
    return columns;
  }

  private static String normal(String text) {
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

  private static ImportProblem problem(ImportRow row, Column column, String id, String en) {
    return new ImportProblem(row.row(), column.label(), id, en);
  }

  private static ImportProblem nipProblem(ImportRow row, Column column, String nip, Nip.Fault f) {
    String shown = "'" + nip + "'";
    return switch (f) {
      case NOT_EIGHTEEN_DIGITS ->
          problem(
              row,
              column,
              "NIP "
                  + shown
                  + " harus terdiri dari 18 angka. Di Excel, format kolom NIP sebagai Teks.",
              "NIP " + shown + " must be 18 digits. In Excel, format the NIP column as Text.");
      case INVALID_BIRTH_DATE ->
          problem(
              row,
              column,
              "NIP " + shown + ": 8 angka pertama bukan tanggal lahir yang sah (TTTTBBHH).",
              "NIP " + shown + ": the first 8 digits are not a valid birth date (YYYYMMDD).");
      case INVALID_APPOINTMENT_MONTH ->
          problem(
              row,
              column,
              "NIP " + shown + ": angka ke-9 s.d. 14 bukan bulan pengangkatan yang sah (TTTTBB).",
              "NIP " + shown + ": digits 9 to 14 are not a valid appointment month (YYYYMM).");
      case APPOINTED_BEFORE_BIRTH ->
          problem(
              row,
              column,
              "NIP " + shown + ": bulan pengangkatan tidak sesudah tanggal lahir.",
              "NIP " + shown + ": the appointment month is not after the birth date.");
      case INVALID_GENDER_DIGIT ->
          problem(
              row,
              column,
              "NIP " + shown + ": angka ke-15 (jenis kelamin) harus 1 atau 2.",
              "NIP " + shown + ": digit 15 (gender) must be 1 or 2.");
    };
  }

  private static Parsed refused(String id, String en) {
    return new Parsed(',', List.of(), List.of(), List.of(ImportProblem.ofFile(id, en)));
  }

  private static Parsed notCsv() {
    return refused(
        "Berkas bukan CSV yang dapat dibaca. Simpan data sebagai CSV UTF-8 (dipisah koma atau"
            + " titik koma) dengan baris judul kolom, lalu unggah lagi.",
        "The file is not a readable CSV file. Save the data as CSV UTF-8 (comma or semicolon"
            + " separated) with a header row, then upload it again.");
  }

  private static <V> Map<Column, V> enumMap() {
    return new java.util.EnumMap<>(Column.class);
  }
}
