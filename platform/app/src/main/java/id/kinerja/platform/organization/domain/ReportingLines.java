package id.kinerja.platform.organization.domain;

import id.kinerja.platform.organization.domain.OrganizationCsv.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules between the rows of an import file and the region's employees: every supervisor named
 * exists (in the file's accepted rows or in the region), and no reporting line is a cycle. Refusing
 * one row can strand another, so the rules are applied again until nothing changes.
 */
final class ReportingLines {

  private final List<ImportRow> rows;
  private final Map<String, String> region;
  private final Map<String, Integer> firstRowOfNip;
  private final Map<Integer, List<ImportProblem>> problems;

  /**
   * @param rows the file's rows
   * @param region the region's employees: NIP to the supervisor's NIP, or to null for none
   * @param firstRowOfNip the row each valid NIP first appears in
   * @param problems the problems found so far by row, to which refused rows are added
   */
  ReportingLines(
      List<ImportRow> rows,
      Map<String, String> region,
      Map<String, Integer> firstRowOfNip,
      Map<Integer, List<ImportProblem>> problems) {
    this.rows = rows;
    this.region = region;
    this.firstRowOfNip = firstRowOfNip;
    this.problems = problems;
  }

  /** Refuses the rows whose supervisor is missing or whose reporting line is a cycle. */
  void refuseBrokenLines() {
    boolean changed = true;
    while (changed) {
      Map<String, ImportRow> accepted = accepted();
      changed = refuseUnknownSupervisors(accepted) || refuseOneCycle(accepted);
    }
  }

  /** The rows without problems so far, by NIP, in file order. */
  private Map<String, ImportRow> accepted() {
    Map<String, ImportRow> accepted = new LinkedHashMap<>();
    for (ImportRow row : rows) {
      if (!problems.containsKey(row.row())) {
        accepted.put(row.nip(), row);
      }
    }
    return accepted;
  }

  private boolean refuseUnknownSupervisors(Map<String, ImportRow> accepted) {
    boolean changed = false;
    for (ImportRow row : accepted.values()) {
      String supervisor = row.supervisorNip();
      if (supervisor == null || supervisor.isEmpty()) {
        continue;
      }
      if (!accepted.containsKey(supervisor) && !region.containsKey(supervisor)) {
        problems.put(row.row(), List.of(unknownSupervisor(row, supervisor)));
        changed = true;
      }
    }
    return changed;
  }

  private ImportProblem unknownSupervisor(ImportRow row, String supervisor) {
    Integer refusedRow = firstRowOfNip.get(supervisor);
    if (refusedRow != null) {
      return RowRules.problem(
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
              + "; fix that row first.");
    }
    return RowRules.problem(
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
            + " under Employees (Data problems).");
  }

  /** Refuses the rows of the first cycle found (those that name a supervisor); true if any. */
  private boolean refuseOneCycle(Map<String, ImportRow> accepted) {
    Map<String, String> links = linksAfterImport(accepted);
    for (ImportRow row : accepted.values()) {
      List<String> cycle = cycleFrom(row.nip(), links);
      if (!cycle.isEmpty() && refuseCycle(cycle, accepted)) {
        return true;
      }
    }
    return false;
  }

  /** Each employee's supervisor as it would be after importing the accepted rows. */
  private Map<String, String> linksAfterImport(Map<String, ImportRow> accepted) {
    Map<String, String> links = new HashMap<>(region);
    for (ImportRow row : accepted.values()) {
      links.put(
          row.nip(),
          row.supervisorNip() == null
              ? region.get(row.nip())
              : (row.supervisorNip().isEmpty() ? null : row.supervisorNip()));
    }
    return links;
  }

  private boolean refuseCycle(List<String> cycle, Map<String, ImportRow> accepted) {
    String path = String.join(" → ", cycle);
    boolean changed = false;
    for (String nip : cycle) {
      ImportRow member = accepted.get(nip);
      if (member != null && member.supervisorNip() != null && !problems.containsKey(member.row())) {
        problems.put(member.row(), List.of(cycleProblem(member, path)));
        changed = true;
      }
    }
    return changed;
  }

  private static ImportProblem cycleProblem(ImportRow member, String path) {
    return RowRules.problem(
        member,
        Column.SUPERVISOR_NIP,
        "Garis atasan berputar: "
            + path
            + ". Seorang pegawai tidak dapat menjadi"
            + " atasan dari atasannya sendiri.",
        "The reporting line forms a cycle: "
            + path
            + ". An employee cannot supervise their own supervisor.");
  }

  /** The NIPs of the cycle through {@code start}, start first and last; empty without one. */
  static List<String> cycleFrom(String start, Map<String, String> links) {
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
}
