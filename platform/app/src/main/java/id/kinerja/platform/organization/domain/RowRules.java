package id.kinerja.platform.organization.domain;

import id.kinerja.platform.organization.domain.OrganizationCsv.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of one import row on its own: a valid NIP not repeated in the file, the required
 * fields, known position kinds and employment types, a supervisor other than the employee, a valid
 * e-mail address. Used for one file: it remembers the first row of each NIP.
 */
final class RowRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Map<String, Integer> firstRowOfNip = new HashMap<>();

  /** The problems of {@code row}, in column order; empty if it is fine on its own. */
  List<ImportProblem> check(ImportRow row) {
    List<ImportProblem> found = new ArrayList<>();
    checkNip(row, found);
    checkFields(row, found);
    checkStatus(row, found);
    checkSupervisor(row, found);
    checkEmail(row, found);
    return found;
  }

  /** The row each valid NIP first appears in, among the rows checked so far. */
  Map<String, Integer> firstRowsOfNips() {
    return firstRowOfNip;
  }

  private void checkNip(ImportRow row, List<ImportProblem> found) {
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
  }

  private static void checkFields(ImportRow row, List<ImportProblem> found) {
    if (row.name().isEmpty()) {
      found.add(problem(row, Column.NAME, "Nama kosong.", "The name is empty."));
    }
    if (row.position().isEmpty()) {
      found.add(problem(row, Column.POSITION, "Jabatan kosong.", "The position is empty."));
    }
    if (OrganizationCsv.positionKind(row.positionKind()).isEmpty()) {
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
  }

  private static void checkStatus(ImportRow row, List<ImportProblem> found) {
    if (OrganizationCsv.employmentType(row.status()).isEmpty()) {
      found.add(
          problem(
              row,
              Column.STATUS,
              "Status kepegawaian '" + row.status() + "' tidak dikenal. Pilih PNS atau PPPK.",
              "Unknown employment type '" + row.status() + "'. Use PNS or PPPK."));
    }
  }

  private static void checkSupervisor(ImportRow row, List<ImportProblem> found) {
    String supervisor = row.supervisorNip();
    if (supervisor == null || supervisor.isEmpty()) {
      return;
    }
    Optional<Nip.Fault> fault = Nip.check(supervisor);
    if (fault.isPresent()) {
      found.add(nipProblem(row, Column.SUPERVISOR_NIP, supervisor, fault.get()));
    } else if (supervisor.equals(row.nip())) {
      found.add(
          problem(
              row,
              Column.SUPERVISOR_NIP,
              "Pegawai tidak dapat menjadi atasannya sendiri.",
              "An employee cannot be their own supervisor."));
    }
  }

  private static void checkEmail(ImportRow row, List<ImportProblem> found) {
    if (row.email() != null && !row.email().isEmpty() && !EMAIL.matcher(row.email()).matches()) {
      found.add(
          problem(
              row,
              Column.EMAIL,
              "Alamat email '" + row.email() + "' tidak sah.",
              "The e-mail address '" + row.email() + "' is not valid."));
    }
  }

  /** A problem of {@code row} in {@code column}. */
  static ImportProblem problem(ImportRow row, Column column, String id, String en) {
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
}
