package id.kinerja.platform.development.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.service.DevelopmentService.RuleAnswer;
import id.kinerja.plugin.api.TrainingRecommendation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the rules' answers become the recommendations shown. */
class DevelopmentServiceTest {

  private static final List<CatalogEntryView> CATALOG =
      List.of(
          new CatalogEntryView(
              1, "COACH", "Coaching oleh atasan", "Coaching", ActivityKind.COACHING, 0),
          new CatalogEntryView(
              2,
              "PUB-SPEAK",
              "Pelatihan Public Speaking",
              "Public speaking",
              ActivityKind.TRAINING,
              0));

  @Test
  void eachCatalogActivityOnceWithTheFirstReasonAndCodesOutsideTheCatalogSkipped() {
    List<Recommendation> merged =
        DevelopmentService.merge(
            CATALOG,
            List.of(
                new RuleAnswer(
                    "training-rules",
                    List.of(
                        new TrainingRecommendation("PUB-SPEAK", "Harmonis lemah", "Weak Harmonis"),
                        new TrainingRecommendation("NOT-THERE", "x", "x"),
                        new TrainingRecommendation("PUB-SPEAK", "Pelayanan lemah", "Weak service")),
                    null),
                new RuleAnswer(
                    "vendor-rules",
                    List.of(
                        new TrainingRecommendation("COACH", "Butuh Perbaikan", "Needs improvement"),
                        new TrainingRecommendation("PUB-SPEAK", "lagi", "again")),
                    null)));
    assertEquals(
        List.of(
            new Recommendation(
                "PUB-SPEAK",
                "Pelatihan Public Speaking",
                "Public speaking",
                ActivityKind.TRAINING,
                "Harmonis lemah",
                "Weak Harmonis",
                "training-rules"),
            new Recommendation(
                "COACH",
                "Coaching oleh atasan",
                "Coaching",
                ActivityKind.COACHING,
                "Butuh Perbaikan",
                "Needs improvement",
                "vendor-rules")),
        merged);
  }

  @Test
  void aFailedRuleBecomesANoteAndTheOthersRecommendationsStay() {
    List<RuleAnswer> answers =
        List.of(
            new RuleAnswer("broken-rules", List.of(), "java.lang.IllegalStateException: boom"),
            new RuleAnswer(
                "training-rules",
                List.of(
                    new TrainingRecommendation("COACH", "Butuh Perbaikan", "Needs improvement")),
                null));
    assertEquals(
        List.of("COACH"),
        DevelopmentService.merge(CATALOG, answers).stream().map(Recommendation::code).toList());
    assertEquals(
        List.of(
            new PluginNote(
                "broken-rules",
                "Plugin broken-rules gagal: java.lang.IllegalStateException: boom",
                "Plugin broken-rules failed: java.lang.IllegalStateException: boom")),
        DevelopmentService.failures(answers));
  }
}
