package id.kinerja.platform.document.service;

import static id.kinerja.platform.document.service.Xhtml.escape;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.shared.domain.CoreValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SKP as XHTML in the layout of the lampiran of PermenPANRB 6/2022: the people, the work
 * results (RHK utama then tambahan, each with the supervisor's RHK it supports and its IKI with
 * targets), the work behaviour (the seven BerAKHLAK values with their guiding behaviours and the
 * special expectations) and the signatures. All text is escaped.
 */
public final class SkpDocument {

  static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  /**
   * A person named in the document.
   *
   * @param name the full name
   * @param nip the NIP
   * @param rank the pangkat/golongan ruang, null if not known
   * @param position the jabatan
   * @param unit the unit kerja
   */
  public record Person(String name, String nip, String rank, String position, String unit) {}

  private SkpDocument() {}

  /**
   * The document's XHTML.
   *
   * @param plan the plan version to show
   * @param agency the instansi (the region's government), shown in the header
   * @param employee the pegawai yang dinilai
   * @param appraiser the pejabat penilai kinerja, null at the top of the tree
   * @param place where it is signed
   * @param date when it is signed
   */
  public static String xhtml(
      PlanView plan,
      String agency,
      Person employee,
      Person appraiser,
      String place,
      LocalDate date) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>")
        .append("<title>SASARAN KINERJA PEGAWAI</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    html.append("<h1>SASARAN KINERJA PEGAWAI</h1>");
    html.append("<table class=\"plain\"><tr><td>")
        .append(escape(agency == null ? null : agency.toUpperCase(INDONESIAN)))
        .append("</td><td class=\"right\">PERIODE PENILAIAN: ")
        .append(escape(period(plan.year())))
        .append("</td></tr></table>");
    people(html, employee, appraiser);
    results(html, plan);
    behaviour(html, plan);
    signatures(html, employee, appraiser, place, date);
    html.append("</body></html>");
    return html.toString();
  }

  private static void people(StringBuilder html, Person employee, Person appraiser) {
    html.append("<table><tr><th class=\"no\">NO</th><th colspan=\"2\">PEGAWAI YANG DINILAI</th>")
        .append("<th class=\"no\">NO</th><th colspan=\"2\">PEJABAT PENILAI KINERJA</th></tr>");
    String[] labels = {"NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"};
    for (int i = 0; i < labels.length; i++) {
      html.append("<tr><td class=\"no\">")
          .append(i + 1)
          .append("</td><td class=\"label\">")
          .append(labels[i])
          .append("</td><td>")
          .append(escape(field(employee, i)))
          .append("</td><td class=\"no\">")
          .append(i + 1)
          .append("</td><td class=\"label\">")
          .append(labels[i])
          .append("</td><td>")
          .append(escape(field(appraiser, i)))
          .append("</td></tr>");
    }
    html.append("</table>");
  }

  static String field(Person person, int index) {
    if (person == null) {
      return "";
    }
    return switch (index) {
      case 0 -> person.name();
      case 1 -> person.nip();
      case 2 -> person.rank();
      case 3 -> person.position();
      default -> person.unit();
    };
  }

  private static void results(StringBuilder html, PlanView plan) {
    html.append("<h2>HASIL KERJA</h2><table><tr><th class=\"no\">NO</th>")
        .append("<th>RHK ATASAN YANG DIINTERVENSI</th><th>RENCANA HASIL KERJA</th>")
        .append("<th>ASPEK</th><th>INDIKATOR KINERJA INDIVIDU</th><th>TARGET</th></tr>");
    int number = 0;
    for (ResultKind kind : ResultKind.values()) {
      List<PlanView.ResultView> ofKind =
          plan.results().stream().filter(r -> r.kind() == kind).toList();
      groupRows(html, kind, ofKind.isEmpty());
      for (PlanView.ResultView r : ofKind) {
        number++;
        int rows = Math.max(1, r.indicators().size());
        html.append("<tr><td class=\"no\" rowspan=\"")
            .append(rows)
            .append("\">")
            .append(number)
            .append("</td><td rowspan=\"")
            .append(rows)
            .append("\">")
            .append(escape(r.supportsText()))
            .append("</td><td rowspan=\"")
            .append(rows)
            .append("\">")
            .append(escape(r.text()))
            .append("</td>");
        if (r.indicators().isEmpty()) {
          html.append("<td></td><td></td><td></td></tr>");
        }
        for (int i = 0; i < r.indicators().size(); i++) {
          PlanView.IndicatorView indicator = r.indicators().get(i);
          if (i > 0) {
            html.append("<tr>");
          }
          html.append("<td>")
              .append(aspect(indicator.aspect()))
              .append("</td><td>")
              .append(escape(indicator.text()))
              .append("</td><td>")
              .append(escape(targets(indicator.targets(), indicator.unit())))
              .append("</td></tr>");
        }
      }
    }
    html.append("</table>");
  }

  /** The row that opens a result kind's group of six columns, and a "-" row when it is empty. */
  static void groupRows(StringBuilder html, ResultKind kind, boolean empty) {
    html.append("<tr><td colspan=\"6\" class=\"group\">")
        .append(kind == ResultKind.UTAMA ? "A. UTAMA" : "B. TAMBAHAN")
        .append("</td></tr>");
    if (empty) {
      html.append("<tr><td colspan=\"6\">-</td></tr>");
    }
  }

  private static void behaviour(StringBuilder html, PlanView plan) {
    Map<CoreValue, String> expectations =
        plan.expectations().stream()
            .collect(
                Collectors.toMap(
                    PlanView.ExpectationView::coreValue, PlanView.ExpectationView::text));
    behaviourTable(html, expectations, null);
  }

  /**
   * The PERILAKU KERJA table: each BerAKHLAK value with its guiding behaviours and the special
   * expectation, and the appraiser's feedback as a last column when {@code notes} is given (the
   * evaluation document).
   */
  static void behaviourTable(
      StringBuilder html, Map<CoreValue, String> expectations, Map<CoreValue, String> notes) {
    html.append("<h2>PERILAKU KERJA</h2><table><tr><th class=\"no\">NO</th>")
        .append("<th>PERILAKU KERJA</th><th class=\"expectation\">EKSPEKTASI KHUSUS PIMPINAN</th>");
    if (notes != null) {
      html.append("<th class=\"expectation\">UMPAN BALIK PEJABAT PENILAI</th>");
    }
    html.append("</tr>");
    int number = 0;
    for (CoreValue value : CoreValue.values()) {
      number++;
      html.append("<tr><td class=\"no\">")
          .append(number)
          .append("</td><td><b>")
          .append(escape(value.labelId()))
          .append("</b><ol>");
      value
          .guidingBehaviours()
          .forEach(b -> html.append("<li>").append(escape(b.labelId())).append("</li>"));
      html.append("</ol></td><td>").append(escape(expectations.get(value))).append("</td>");
      if (notes != null) {
        html.append("<td>").append(escape(notes.get(value))).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
  }

  private static void signatures(
      StringBuilder html, Person employee, Person appraiser, String place, LocalDate date) {
    html.append("<table class=\"plain signatures\"><tr><td></td><td>")
        .append(escape(place))
        .append(", ")
        .append(escape(DATE.format(date)))
        .append("</td></tr><tr><td>Pegawai yang Dinilai</td><td>Pejabat Penilai Kinerja</td></tr>")
        .append("<tr><td class=\"space\"></td><td class=\"space\"></td></tr><tr><td>")
        .append(signer(employee))
        .append("</td><td>")
        .append(signer(appraiser))
        .append("</td></tr></table>");
  }

  static String signer(Person person) {
    if (person == null) {
      return "";
    }
    return "<u>" + escape(person.name()) + "</u><br/>NIP. " + escape(person.nip());
  }

  /** "1 Januari 2031 s.d. 31 Desember 2031". */
  private static String period(int year) {
    return DATE.format(LocalDate.of(year, 1, 1))
        + " s.d. "
        + DATE.format(LocalDate.of(year, 12, 31));
  }

  private static String aspect(Aspect aspect) {
    return switch (aspect) {
      case KUANTITAS -> "Kuantitas";
      case KUALITAS -> "Kualitas";
      case WAKTU -> "Waktu";
      case BIAYA -> "Biaya";
    };
  }

  /** "Periode 1: 10 dokumen; Periode 2: 12 dokumen". */
  private static String targets(Map<Integer, String> targets, String unit) {
    String suffix = unit == null || unit.isBlank() ? "" : " " + unit;
    return targets.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> "Periode " + e.getKey() + ": " + e.getValue() + suffix)
        .collect(Collectors.joining("; "));
  }

  /** The documents' shared style sheet: A4 landscape, bordered tables. */
  static final String STYLE =
      "@page { size: A4 landscape; margin: 15mm; }"
          + " body { font-family: sans-serif, '"
          + PdfRenderer.UNICODE_FONT
          + "'; font-size: 9pt; }"
          + " h1 { font-size: 13pt; text-align: center; margin: 0 0 6pt 0; }"
          + " h2 { font-size: 10pt; margin: 10pt 0 4pt 0; }"
          + " table { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }"
          + " th, td { border: 0.5pt solid #000; padding: 3pt; vertical-align: top; }"
          + " th { background: #e6e6e6; }"
          + " td.no, th.no { width: 5%; text-align: center; }"
          + " td.label { width: 15%; }"
          + " th.expectation { width: 35%; }"
          + " td.group { font-weight: bold; background: #f2f2f2; }"
          + " table.plain td { border: none; }"
          + " td.right { text-align: right; }"
          + " table.signatures td { width: 50%; text-align: center; }"
          + " td.space { height: 45pt; }"
          + " ol { margin: 2pt 0 0 0; padding-left: 14pt; }";
}
