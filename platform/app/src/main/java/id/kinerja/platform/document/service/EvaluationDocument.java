package id.kinerja.platform.document.service;

import static id.kinerja.platform.document.service.EvaluationSections.end;
import static id.kinerja.platform.document.service.EvaluationSections.header;
import static id.kinerja.platform.document.service.EvaluationSections.label;
import static id.kinerja.platform.document.service.EvaluationSections.objection;
import static id.kinerja.platform.document.service.EvaluationSections.people;
import static id.kinerja.platform.document.service.EvaluationSections.ratingLine;
import static id.kinerja.platform.document.service.EvaluationSections.signature;
import static id.kinerja.platform.document.service.EvaluationSections.start;
import static id.kinerja.platform.document.service.EvaluationSections.unitResult;
import static id.kinerja.platform.document.service.Xhtml.escape;

import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.shared.domain.CoreValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of an employee's performance (evaluasi kinerja pegawai) as XHTML in the layout of
 * the lampiran of PermenPANRB 6/2022, periodic or yearly: the people (pegawai yang dinilai, pejabat
 * penilai kinerja, atasan pejabat penilai kinerja), the unit's result (capaian kinerja organisasi),
 * the work results with their realisation and feedback, the rating hasil kerja, the work behaviour
 * with the appraiser's notes and the special expectations, the rating perilaku kerja, the predikat,
 * and where the rating is or was under objection, the objection's state. All text is escaped.
 */
public final class EvaluationDocument {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /**
   * The people the document names.
   *
   * @param employee the pegawai yang dinilai
   * @param appraiser the pejabat penilai kinerja, null at the top of the tree
   * @param atasan the atasan pejabat penilai kinerja, null when the admin stands in
   */
  public record People(
      SkpDocument.Person employee, SkpDocument.Person appraiser, SkpDocument.Person atasan) {}

  /**
   * Where and when the document is signed, and for which agency.
   *
   * @param agency the instansi (the region's government), shown in the header
   * @param place where it is signed
   * @param date when it is signed
   */
  public record Issue(String agency, String place, LocalDate date) {}

  private EvaluationDocument() {}

  /**
   * The periodic evaluation's XHTML.
   *
   * @param rating the rating; a draft is marked as such
   * @param startsOn the period's first day
   * @param endsOn the period's last day
   * @param people the people named
   * @param unitResult the unit's result of the period, null if not known
   * @param work the IKI with target, realisation and feedback of the period
   * @param expectations the special expectations of the plan per core value
   * @param issue agency, place and date
   */
  public static String periodic(
      RatingView rating,
      LocalDate startsOn,
      LocalDate endsOn,
      People people,
      UnitResult unitResult,
      List<RealisationSheet.Row> work,
      Map<CoreValue, String> expectations,
      Issue issue) {
    StringBuilder html = start();
    header(
        html,
        issue.agency(),
        "PERIODE: " + periodName(rating.periodKind(), rating.periodNumber(), rating.year()),
        SkpDocument.DATE.format(startsOn) + " s.d. " + SkpDocument.DATE.format(endsOn));
    if (rating.status() == RatingStatus.DRAFT) {
      html.append("<p class=\"mark\">DRAF: BELUM DIUMUMKAN KEPADA PEGAWAI</p>");
    }
    objection(html, rating.objection());
    people(html, people);
    unitResult(html, unitResult);
    EvaluationWorkTable.render(html, work);
    ratingLine(html, "RATING HASIL KERJA", label(rating.resultRating()));
    SkpDocument.behaviourTable(html, expectations, rating.coreValueNotes());
    ratingLine(html, "RATING PERILAKU KERJA", label(rating.behaviourRating()));
    ratingLine(html, "PREDIKAT KINERJA PEGAWAI", label(rating.predicate()));
    if (rating.note() != null && !rating.note().isBlank()) {
      html.append("<p><b>Catatan pejabat penilai:</b> ")
          .append(escape(rating.note()))
          .append("</p>");
    }
    signature(html, people.appraiser(), issue);
    return end(html);
  }

  /**
   * The yearly evaluation's XHTML: the periods' predikat it follows from, the yearly ratings and
   * predikat, and the credit points (angka kredit) of a functional position.
   *
   * @param annual the yearly evaluation
   * @param people the people named
   * @param issue agency, place and date
   */
  public static String annual(AnnualView annual, People people, Issue issue) {
    StringBuilder html = start();
    LocalDate from = LocalDate.of(annual.year(), 1, 1);
    LocalDate to = LocalDate.of(annual.year(), 12, 31);
    header(
        html,
        issue.agency(),
        "PERIODE: TAHUNAN " + annual.year(),
        SkpDocument.DATE.format(from) + " s.d. " + SkpDocument.DATE.format(to));
    if (annual.periods().stream().anyMatch(AnnualView.PeriodCredit::underObjection)) {
      html.append("<p class=\"mark\">Dalam proses keberatan: penilaian periode yang ditandai")
          .append(" masih menunggu keputusan atasan pejabat penilai kinerja.</p>");
    }
    people(html, people);
    unitResult(html, null);
    html.append("<h2>PENILAIAN PERIODIK</h2><table><tr><th class=\"no\">NO</th>")
        .append("<th>PERIODE</th><th>BULAN</th><th>PREDIKAT</th><th>KETERANGAN</th>")
        .append("<th>ANGKA KREDIT</th></tr>");
    if (annual.periods().isEmpty()) {
      html.append("<tr><td colspan=\"6\">Belum ada penilaian periodik yang diumumkan.</td></tr>");
    }
    int number = 0;
    for (AnnualView.PeriodCredit p : annual.periods()) {
      number++;
      html.append("<tr><td class=\"no\">")
          .append(number)
          .append("</td><td>")
          .append(
              escape(
                  periodName(
                      p.months() == 3 ? PeriodKind.QUARTER : PeriodKind.MONTH,
                      p.periodNumber(),
                      annual.year())))
          .append("</td><td>")
          .append(p.months())
          .append("</td><td>")
          .append(escape(label(p.predicate())))
          .append("</td><td>")
          .append(p.underObjection() ? "Dalam proses keberatan" : "")
          .append("</td><td>")
          .append(escape(points(p.creditPoints())))
          .append("</td></tr>");
    }
    html.append("</table>");
    ratingLine(html, "RATING HASIL KERJA", label(annual.resultRating()));
    ratingLine(html, "RATING PERILAKU KERJA", label(annual.behaviourRating()));
    ratingLine(html, "PREDIKAT KINERJA PEGAWAI", label(annual.predicate()));
    if (annual.functionalLevel() != null) {
      ratingLine(
          html,
          "ANGKA KREDIT",
          points(annual.yearlyCreditPoints())
              + " (jenjang "
              + annual.functionalLevel().label()
              + ", koefisien tahunan "
              + annual.functionalLevel().yearlyCoefficient().toPlainString()
              + ")");
    }
    signature(html, people.appraiser(), issue);
    return end(html);
  }

  /** "Triwulan I 2031" or "Bulan Januari 2031". */
  static String periodName(PeriodKind kind, int number, int year) {
    return switch (kind) {
      case QUARTER -> "Triwulan " + ROMAN[number - 1] + " " + year;
      case MONTH ->
          "Bulan "
              + Month.of(number).getDisplayName(TextStyle.FULL, SkpDocument.INDONESIAN)
              + " "
              + year;
      case YEAR -> "Tahunan " + year;
    };
  }

  private static String points(BigDecimal points) {
    return points == null ? "" : points.stripTrailingZeros().toPlainString();
  }
}
