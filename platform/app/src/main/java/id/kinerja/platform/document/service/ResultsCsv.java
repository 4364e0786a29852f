package id.kinerja.platform.document.service;

import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results of a period as CSV for spreadsheets: comma-separated, quoted where needed, UTF-8 with
 * a byte order mark so that Excel reads the names right. Ratings under objection are marked in
 * their own column, as every report must.
 */
public final class ResultsCsv {

  /** The columns, in order. */
  static final String[] HEADER = {
    "NIP",
    "Nama",
    "Jabatan",
    "Unit Kerja",
    "NIP Pejabat Penilai",
    "Rating Hasil Kerja",
    "Rating Perilaku Kerja",
    "Predikat",
    "Status",
    "Keberatan"
  };

  /** The mark of a rating whose objection awaits its decision. */
  static final String UNDER_OBJECTION = "Dalam proses keberatan";

  /**
   * One rated employee.
   *
   * @param nip the employee's NIP
   * @param name their name
   * @param position their jabatan
   * @param unit their unit kerja
   * @param appraiserNip who rated
   * @param resultRating rating hasil kerja
   * @param behaviourRating rating perilaku kerja
   * @param predicate the predikat
   * @param status draft, published or under objection
   * @param underObjection whether an objection awaits its decision
   */
  public record Line(
      String nip,
      String name,
      String position,
      String unit,
      String appraiserNip,
      Rating resultRating,
      Rating behaviourRating,
      Predicate predicate,
      RatingStatus status,
      boolean underObjection) {}

  private ResultsCsv() {}

  /** The lines as CSV bytes, the header first. */
  public static byte[] csv(List<Line> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      // The byte order mark goes before the header, which the printer writes when created.
      writer.write('\uFEFF');
      CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(writer);
      for (Line line : lines) {
        printer.printRecord(
            line.nip(),
            line.name(),
            line.position(),
            line.unit(),
            line.appraiserNip(),
            line.resultRating() == null ? "" : line.resultRating().labelId(),
            line.behaviourRating() == null ? "" : line.behaviourRating().labelId(),
            line.predicate() == null ? "" : line.predicate().labelId(),
            status(line.status()),
            line.underObjection() ? UNDER_OBJECTION : "");
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String status(RatingStatus status) {
    return switch (status) {
      case DRAFT -> "Draf";
      case PUBLISHED -> "Diumumkan";
      case OBJECTED -> "Keberatan";
    };
  }
}
