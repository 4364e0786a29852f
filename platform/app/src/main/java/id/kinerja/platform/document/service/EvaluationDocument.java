package id.kinerja.platform.document.service;

import static id.kinerja.platform.document.service.Xhtml.escape;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.ObjectionView;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.planning.domain.ResultKind;
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

  private static final String TITLE = "EVALUASI KINERJA PEGAWAI";
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
    results(html, work);
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

  private static StringBuilder start() {
    StringBuilder html = new StringBuilder(8192);
    html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>")
        .append("<title>")
        .append(TITLE)
        .append("</title><style>")
        .append(SkpDocument.STYLE)
        .append(STYLE)
        .append("</style></head><body>");
    return html;
  }

  private static String end(StringBuilder html) {
    return html.append("</body></html>").toString();
  }

  private static void header(StringBuilder html, String agency, String period, String dates) {
    html.append("<h1>")
        .append(TITLE)
        .append("</h1><p class=\"center\">")
        .append(escape(period))
        .append("<br/>")
        .append(escape(dates))
        .append("</p><table class=\"plain\"><tr><td>")
        .append(escape(agency == null ? null : agency.toUpperCase(SkpDocument.INDONESIAN)))
        .append("</td></tr></table>");
  }

  private static void objection(StringBuilder html, ObjectionView objection) {
    if (objection == null) {
      return;
    }
    html.append("<p class=\"mark\">");
    if (objection.status() == ObjectionStatus.PENDING) {
      html.append("Dalam proses keberatan: predikat ini belum final.");
    } else {
      html.append(
              objection.status() == ObjectionStatus.GRANTED
                  ? "Keberatan dikabulkan"
                  : "Keberatan ditolak")
          .append(" oleh atasan pejabat penilai kinerja");
      if (objection.decidedAt() != null) {
        html.append(" pada ")
            .append(escape(SkpDocument.DATE.format(objection.decidedAt().toLocalDate())));
      }
      html.append(" (keputusan final). Predikat semula: ")
          .append(escape(label(objection.originalPredicate())))
          .append(". Alasan: ")
          .append(escape(objection.decisionReason()));
    }
    html.append("</p>");
  }

  private static void people(StringBuilder html, People people) {
    html.append("<table><tr><th class=\"no\">NO</th><th colspan=\"2\">PEGAWAI YANG DINILAI</th>")
        .append("<th colspan=\"2\">PEJABAT PENILAI KINERJA</th>")
        .append("<th colspan=\"2\">ATASAN PEJABAT PENILAI KINERJA</th></tr>");
    String[] labels = {"NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"};
    SkpDocument.Person[] columns = {people.employee(), people.appraiser(), people.atasan()};
    for (int i = 0; i < labels.length; i++) {
      html.append("<tr><td class=\"no\">").append(i + 1).append("</td>");
      for (SkpDocument.Person person : columns) {
        html.append("<td class=\"label\">")
            .append(labels[i])
            .append("</td><td>")
            .append(escape(SkpDocument.field(person, i)))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
  }

  private static void unitResult(StringBuilder html, UnitResult result) {
    ratingLine(html, "CAPAIAN KINERJA ORGANISASI", result == null ? "" : result.labelId());
  }

  private static void ratingLine(StringBuilder html, String title, String value) {
    html.append("<table><tr><th class=\"line\">")
        .append(title)
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr></table>");
  }

  private static void results(StringBuilder html, List<RealisationSheet.Row> work) {
    html.append("<h2>HASIL KERJA</h2><table><tr><th class=\"no\">NO</th>")
        .append("<th>RENCANA HASIL KERJA</th><th>INDIKATOR KINERJA INDIVIDU</th>")
        .append("<th>TARGET</th><th>REALISASI</th><th>UMPAN BALIK BERKELANJUTAN</th></tr>");
    int number = 0;
    for (ResultKind kind : ResultKind.values()) {
      html.append("<tr><td colspan=\"6\" class=\"group\">")
          .append(kind == ResultKind.UTAMA ? "A. UTAMA" : "B. TAMBAHAN")
          .append("</td></tr>");
      List<RealisationSheet.Row> ofKind =
          work.stream().filter(r -> r.resultKind() == kind).toList();
      if (ofKind.isEmpty()) {
        html.append("<tr><td colspan=\"6\">-</td></tr>");
      }
      for (int i = 0; i < ofKind.size(); i++) {
        RealisationSheet.Row row = ofKind.get(i);
        html.append("<tr>");
        boolean first = i == 0 || !sameResult(ofKind.get(i - 1), row);
        if (first) {
          number++;
          int rows = 1;
          while (i + rows < ofKind.size() && sameResult(row, ofKind.get(i + rows))) {
            rows++;
          }
          html.append("<td class=\"no\" rowspan=\"")
              .append(rows)
              .append("\">")
              .append(number)
              .append("</td><td rowspan=\"")
              .append(rows)
              .append("\">")
              .append(escape(row.resultText()))
              .append(row.inForce() ? "" : " (SKP sebelum revisi)")
              .append("</td>");
        }
        html.append("<td>")
            .append(escape(row.indicatorText()))
            .append("</td><td>")
            .append(escape(withUnit(row.target(), row.unit())))
            .append("</td><td>");
        RealisationSheet.RealisationView realisation = row.realisation();
        if (realisation != null) {
          html.append(escape(withUnit(realisation.achieved(), row.unit())));
          if (realisation.description() != null && !realisation.description().isBlank()) {
            html.append("<br/>").append(escape(realisation.description()));
          }
          html.append("</td><td>");
          realisation
              .feedback()
              .forEach(
                  f ->
                      html.append("<div>")
                          .append(escape(f.text()))
                          .append(" (")
                          .append(escape(f.authorName()))
                          .append(")</div>"));
        } else {
          html.append("</td><td>");
        }
        html.append("</td></tr>");
      }
    }
    html.append("</table>");
  }

  private static boolean sameResult(RealisationSheet.Row a, RealisationSheet.Row b) {
    return a.resultKind() == b.resultKind()
        && a.inForce() == b.inForce()
        && a.resultText().equals(b.resultText());
  }

  private static void signature(StringBuilder html, SkpDocument.Person appraiser, Issue issue) {
    html.append("<table class=\"plain signatures\"><tr><td></td><td>")
        .append(escape(issue.place()))
        .append(", ")
        .append(escape(SkpDocument.DATE.format(issue.date())))
        .append("</td></tr><tr><td></td><td>Pejabat Penilai Kinerja</td></tr>")
        .append("<tr><td class=\"space\"></td><td class=\"space\"></td></tr><tr><td></td><td>")
        .append(SkpDocument.signer(appraiser))
        .append("</td></tr></table>");
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

  private static String label(Rating rating) {
    return rating == null ? "" : rating.labelId();
  }

  private static String label(Predicate predicate) {
    return predicate == null ? "" : predicate.labelId();
  }

  private static String points(BigDecimal points) {
    return points == null ? "" : points.stripTrailingZeros().toPlainString();
  }

  private static String withUnit(String value, String unit) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return unit == null || unit.isBlank() ? value : value + " " + unit;
  }

  private static final String STYLE =
      " p.center { text-align: center; margin: 0 0 6pt 0; }"
          + " p.mark { border: 1pt solid #000; padding: 4pt; font-weight: bold; }"
          + " th.line { width: 30%; text-align: left; }";
}
