package id.kinerja.platform.organization.domain;

import id.kinerja.platform.organization.domain.OrganizationCsv.Parsed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The error report an admin downloads to fix a file: the refused rows as written, with a {@code
 * kesalahan} (Indonesian) and an {@code error} (English) column.
 */
final class ErrorReport {

  private ErrorReport() {}

  /** The report of {@code parsed} with {@code problems}, as {@link OrganizationCsv} describes. */
  static byte[] of(Parsed parsed, Map<Integer, List<ImportProblem>> problems) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setDelimiter(parsed.delimiter()).get())) {
      writer.write('\uFEFF');
      int width = parsed.header().size();
      printHeader(printer, parsed.header());
      for (ImportProblem problem : parsed.fileProblems()) {
        printFileProblem(printer, width, problem);
      }
      for (ImportRow row : parsed.rows()) {
        List<ImportProblem> found = problems.get(row.row());
        if (found != null) {
          printRow(printer, width, row, found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void printHeader(CSVPrinter printer, List<String> written) throws IOException {
    List<String> header = new ArrayList<>(written);
    header.add("kesalahan");
    header.add("error");
    printer.printRecord(header);
  }

  private static void printFileProblem(CSVPrinter printer, int width, ImportProblem problem)
      throws IOException {
    List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
    cells.add(problem.messageId());
    cells.add(problem.messageEn());
    printer.printRecord(cells);
  }

  private static void printRow(
      CSVPrinter printer, int width, ImportRow row, List<ImportProblem> found) throws IOException {
    List<String> cells = new ArrayList<>(row.cells());
    while (cells.size() < width) {
      cells.add("");
    }
    cells.add(join(found, true));
    cells.add(join(found, false));
    printer.printRecord(cells);
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
}
