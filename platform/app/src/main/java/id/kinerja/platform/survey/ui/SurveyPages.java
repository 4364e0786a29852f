package id.kinerja.platform.survey.ui;

import id.kinerja.platform.survey.service.SurveyForm;
import id.kinerja.plugin.api.FeedbackQuestion;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The public survey page's HTML, made on the server: no JavaScript, readable on a phone, in Bahasa
 * Indonesia or (with {@code ?lang=en}) English. jsoup escapes every text put in.
 */
final class SurveyPages {

  /** The field hidden from people; robots fill it in. */
  static final String HONEYPOT = "website";

  static final String TOKEN = "token";
  static final String EMPLOYEE = "employee";
  static final String LANG = "lang";

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
          + "background:#f4f6f8;color:#1a1a1a;line-height:1.45}"
          + "main{max-width:40rem;margin:0 auto;padding:1rem}"
          + "h1{font-size:1.4rem;margin:.5rem 0}"
          + "fieldset{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;"
          + "margin:0 0 1rem;padding:.75rem 1rem}"
          + "legend{font-weight:600;padding:0 .25rem}"
          + "label.choice{display:block;padding:.45rem 0;font-size:1.05rem}"
          + "input[type=radio]{transform:scale(1.3);margin-right:.6rem}"
          + "select,textarea{width:100%;box-sizing:border-box;font-size:1rem;padding:.5rem}"
          + "button{width:100%;font-size:1.15rem;padding:.8rem;border:0;border-radius:.5rem;"
          + "background:#0b5cad;color:#fff}"
          + ".hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}"
          + ".lang{text-align:right;font-size:.9rem}"
          + ".message{background:#fff;border-radius:.5rem;padding:1rem;border:1px solid #d0d7de}";

  private SurveyPages() {}

  /** Texts in both languages. */
  record Language(boolean english) {
    String t(String id, String en) {
      return english ? en : id;
    }

    String code() {
      return english ? "en" : "id";
    }
  }

  /** The form of a unit's survey page. */
  static String form(SurveyForm form, String action, Language lang) {
    Document page = page(lang.t("Survei Kepuasan Masyarakat", "Citizen satisfaction survey"), lang);
    Element main = page.body().appendElement("main");
    Element switcher = main.appendElement("p").addClass("lang");
    switcher
        .appendElement("a")
        .attr("href", action + (lang.english() ? "" : "?lang=en"))
        .attr("id", "switch-language")
        .text(lang.english() ? "Bahasa Indonesia" : "English");
    main.appendElement("h1").attr("id", "unit-name").text(form.unitName());
    main.appendElement("p")
        .text(
            lang.t(
                "Bantu kami meningkatkan pelayanan. Jawaban Anda anonim: tanpa akun dan tanpa"
                    + " nama.",
                "Help us improve our service. Your answers are anonymous: no account, no name."));
    Element post =
        main.appendElement("form")
            .attr("method", "post")
            .attr("action", action)
            .attr("accept-charset", "UTF-8")
            .attr("id", "survey-form");
    post.appendElement("input").attr("type", "hidden").attr("name", TOKEN).val(form.token());
    post.appendElement("input").attr("type", "hidden").attr("name", LANG).val(lang.code());
    Element trap = post.appendElement("div").addClass("hp").attr("aria-hidden", "true");
    trap.appendElement("label")
        .text("Website")
        .appendElement("input")
        .attr("type", "text")
        .attr("name", HONEYPOT)
        .attr("tabindex", "-1")
        .attr("autocomplete", "off");
    for (SurveyForm.Source source : form.sources()) {
      for (FeedbackQuestion question : source.questions()) {
        question(post, SurveyForm.field(source.sourceId(), question.id()), question, lang);
      }
    }
    if (!form.employees().isEmpty()) {
      Element set = post.appendElement("fieldset");
      set.appendElement("legend")
          .text(lang.t("Petugas yang melayani (tidak wajib)", "Who served you (optional)"));
      Element select = set.appendElement("select").attr("name", EMPLOYEE).attr("id", EMPLOYEE);
      select.appendElement("option").val("").text(lang.t("— tidak memilih —", "— no choice —"));
      for (SurveyForm.ServingEmployee employee : form.employees()) {
        select
            .appendElement("option")
            .val(String.valueOf(employee.id()))
            .text(employee.name() + " — " + employee.position());
      }
    }
    post.appendElement("button")
        .attr("type", "submit")
        .attr("id", "submit")
        .text(lang.t("Kirim", "Send"));
    return page.outerHtml();
  }

  private static void question(
      Element form, String field, FeedbackQuestion question, Language lang) {
    Element set = form.appendElement("fieldset");
    set.appendElement("legend").text(lang.t(question.textId(), question.textEn()));
    if (question.freeText()) {
      set.appendElement("textarea").attr("name", field).attr("rows", "3").attr("maxlength", "2000");
      return;
    }
    for (int score = 1; score <= question.scaleMax(); score++) {
      Element label = set.appendElement("label").addClass("choice");
      Element radio =
          label
              .appendElement("input")
              .attr("type", "radio")
              .attr("name", field)
              .val(String.valueOf(score));
      if (score == 1) {
        radio.attr("required", true);
      }
      label.appendText(score + " " + scoreLabel(score, question.scaleMax(), lang));
    }
  }

  /** The words of a point of the four-point SKM scale; other scales show their numbers. */
  private static String scoreLabel(int score, int max, Language lang) {
    if (max != 4) {
      return "";
    }
    return switch (score) {
      case 1 -> lang.t("– Tidak baik", "– Poor");
      case 2 -> lang.t("– Kurang baik", "– Fair");
      case 3 -> lang.t("– Baik", "– Good");
      default -> lang.t("– Sangat baik", "– Very good");
    };
  }

  /** A page with a title, a message and a link back to the form when given. */
  static String message(String title, String text, String back, Language lang) {
    Document page = page(title, lang);
    Element main = page.body().appendElement("main");
    main.appendElement("h1").text(title);
    Element box = main.appendElement("div").addClass("message").attr("id", "message");
    box.appendElement("p").text(text);
    if (back != null) {
      box.appendElement("p")
          .appendElement("a")
          .attr("href", back)
          .text(lang.t("Kembali ke formulir", "Back to the form"));
    }
    return page.outerHtml();
  }

  private static Document page(String title, Language lang) {
    Document page = Document.createShell("");
    page.outputSettings().prettyPrint(false);
    page.selectFirst("html").attr("lang", lang.code());
    page.head().appendElement("meta").attr("charset", "utf-8");
    page.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
    page.title(title);
    page.head().appendElement("style").appendChild(new DataNode(STYLE));
    page.prependChild(new DocumentType("html", "", ""));
    return page;
  }
}
