package id.kinerja.platform.survey.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.survey.service.SurveyForm;
import id.kinerja.platform.survey.ui.SurveyPages.Language;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.RespondentGroup;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SurveyPagesTest {

  private static final Set<RespondentGroup> PUBLIC = Set.of(RespondentGroup.PUBLIC);

  private final SurveyForm form =
      new SurveyForm(
          "kel-padangsari",
          "Kelurahan <Padangsari>",
          List.of(
              new SurveyForm.Source(
                  "citizen-feedback",
                  List.of(
                      new FeedbackQuestion(
                          "waktu", "Kecepatan waktu?", "How fast?", 4, null, PUBLIC),
                      new FeedbackQuestion("saran", "Saran?", "Suggestions?", 0, null, PUBLIC)))),
          List.of(new SurveyForm.ServingEmployee(42, "Budi Wicaksono", "Lurah Padangsari")),
          "123.abc");

  @Test
  void theFormAsksEachScaleQuestionWithRequiredChoicesAndNoScript() {
    Document page =
        Jsoup.parse(SurveyPages.form(form, "/survei/kel-padangsari", new Language(false)));
    assertEquals("Kelurahan <Padangsari>", page.getElementById("unit-name").text());
    assertEquals(4, page.select("input[type=radio][name=citizen-feedback:waktu]").size());
    assertEquals(1, page.select("input[name=citizen-feedback:waktu][required]").size());
    assertEquals(1, page.select("textarea[name=citizen-feedback:saran]").size());
    assertEquals("123.abc", page.selectFirst("input[name=token]").val());
    assertEquals(1, page.select(".hp input[name=website]").size());
    assertEquals(
        "Budi Wicaksono — Lurah Padangsari",
        page.select("select[name=employee] option").get(1).text());
    assertTrue(page.select("script").isEmpty());
    assertEquals(
        "width=device-width, initial-scale=1",
        page.selectFirst("meta[name=viewport]").attr("content"));
    assertEquals(
        "/survei/kel-padangsari?lang=en", page.getElementById("switch-language").attr("href"));
  }

  @Test
  void inEnglishTheQuestionsAndButtonAreEnglishAndTheLanguageIsSentBack() {
    Document page =
        Jsoup.parse(SurveyPages.form(form, "/survei/kel-padangsari", new Language(true)));
    assertTrue(page.text().contains("How fast?"), page.text());
    assertFalse(page.text().contains("Kecepatan waktu?"), page.text());
    assertEquals("Send", page.getElementById("submit").text());
    assertEquals("en", page.selectFirst("input[name=lang]").val());
    assertEquals("en", page.selectFirst("html").attr("lang"));
  }

  @Test
  void withoutStaffToChooseThereIsNoSelect() {
    SurveyForm unasked =
        new SurveyForm(form.unitCode(), form.unitName(), form.sources(), List.of(), form.token());
    Document page = Jsoup.parse(SurveyPages.form(unasked, "/survei/x", new Language(false)));
    assertTrue(page.select("select").isEmpty());
  }
}
