package id.kinerja.platform.document.service;

import static id.kinerja.platform.document.service.Xhtml.escape;

import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.realisation.service.RealisationSheet;
import java.util.List;

/**
 * The work results table (hasil kerja) of the periodic evaluation: each rencana hasil kerja with
 * its indicators, target, realisation and continuous feedback, grouped into utama and tambahan. All
 * text is escaped.
 */
final class EvaluationWorkTable {

  private EvaluationWorkTable() {}

  static void render(StringBuilder html, List<RealisationSheet.Row> work) {
    html.append("<h2>HASIL KERJA</h2><table><tr><th class=\"no\">NO</th>")
        .append("<th>RENCANA HASIL KERJA</th><th>INDIKATOR KINERJA INDIVIDU</th>")
        .append("<th>TARGET</th><th>REALISASI</th><th>UMPAN BALIK BERKELANJUTAN</th></tr>");
    int number = 0;
    for (ResultKind kind : ResultKind.values()) {
      List<RealisationSheet.Row> ofKind =
          work.stream().filter(r -> r.resultKind() == kind).toList();
      SkpDocument.groupRows(html, kind, ofKind.isEmpty());
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

  private static String withUnit(String value, String unit) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return unit == null || unit.isBlank() ? value : value + " " + unit;
  }
}
