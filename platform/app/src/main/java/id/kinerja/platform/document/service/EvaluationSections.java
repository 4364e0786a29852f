package id.kinerja.platform.document.service;

import static id.kinerja.platform.document.service.Xhtml.escape;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.evaluation.service.ObjectionView;

/**
 * The frame of the evaluation document shared by the periodic and the yearly one: the page head and
 * style, the header, the people block, the objection mark, the single-line ratings and the
 * signature. All text is escaped.
 */
final class EvaluationSections {

  static final String TITLE = "EVALUASI KINERJA PEGAWAI";

  private EvaluationSections() {}

  static StringBuilder start() {
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

  static String end(StringBuilder html) {
    return html.append("</body></html>").toString();
  }

  static void header(StringBuilder html, String agency, String period, String dates) {
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

  static void objection(StringBuilder html, ObjectionView objection) {
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

  static void people(StringBuilder html, EvaluationDocument.People people) {
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

  static void unitResult(StringBuilder html, UnitResult result) {
    ratingLine(html, "CAPAIAN KINERJA ORGANISASI", result == null ? "" : result.labelId());
  }

  static void ratingLine(StringBuilder html, String title, String value) {
    html.append("<table><tr><th class=\"line\">")
        .append(title)
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr></table>");
  }

  static void signature(
      StringBuilder html, SkpDocument.Person appraiser, EvaluationDocument.Issue issue) {
    html.append("<table class=\"plain signatures\"><tr><td></td><td>")
        .append(escape(issue.place()))
        .append(", ")
        .append(escape(SkpDocument.DATE.format(issue.date())))
        .append("</td></tr><tr><td></td><td>Pejabat Penilai Kinerja</td></tr>")
        .append("<tr><td class=\"space\"></td><td class=\"space\"></td></tr><tr><td></td><td>")
        .append(SkpDocument.signer(appraiser))
        .append("</td></tr></table>");
  }

  static String label(Rating rating) {
    return rating == null ? "" : rating.labelId();
  }

  static String label(Predicate predicate) {
    return predicate == null ? "" : predicate.labelId();
  }

  private static final String STYLE =
      " p.center { text-align: center; margin: 0 0 6pt 0; }"
          + " p.mark { border: 1pt solid #000; padding: 4pt; font-weight: bold; }"
          + " th.line { width: 30%; text-align: left; }";
}
