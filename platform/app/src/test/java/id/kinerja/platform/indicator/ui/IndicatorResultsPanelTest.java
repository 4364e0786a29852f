package id.kinerja.platform.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import id.kinerja.platform.indicator.service.IndicatorResult;
import id.kinerja.platform.indicator.service.IndicatorResults;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Languages;
import id.kinerja.platform.shell.ui.MockPortal;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The appraiser's rating input "Indikator dari plugin", browserless. */
@ExtendWith(MockPortal.class)
class IndicatorResultsPanelTest {

  private static final String PENILAI = "198210112004122079";
  private static final String PLUGIN = "administration-indicators";

  /** Serves fixed rows, or refuses, and remembers who asked. */
  static class FakeResults extends IndicatorResults {
    final List<String> asked = new ArrayList<>();
    List<IndicatorResult> rows = List.of();
    RuleViolation refusal;

    @Override
    public List<IndicatorResult> forEmployee(long employeeId, long periodId) {
      Actor viewer = MockPortal.actor();
      asked.add(viewer.nip() + ":" + viewer.isAdmin() + ":" + employeeId + ":" + periodId);
      if (refusal != null) {
        throw refusal;
      }
      return rows;
    }
  }

  private static IndicatorResult computed() {
    return new IndicatorResult(
        PLUGIN,
        "complaint-response-time",
        "Rata-rata waktu tanggapan pengaduan",
        "Average complaint response time",
        "jam",
        Direction.LOWER_IS_BETTER,
        "Target daerah 24 jam.",
        "The regional target is 24 hours.",
        IndicatorResult.Status.COMPUTED,
        new BigDecimal("30.0"),
        2,
        new BigDecimal("40.0"),
        Trend.IMPROVED,
        "1 pengaduan melewati target 24 jam.",
        "1 complaints exceeded the target of 24 hours.",
        null);
  }

  private static IndicatorResult entered() {
    return new IndicatorResult(
        PLUGIN,
        "documents-completed",
        "Jumlah dokumen",
        "Documents",
        "dokumen",
        Direction.HIGHER_IS_BETTER,
        "",
        "",
        IndicatorResult.Status.ENTERED_BY_EMPLOYEE,
        null,
        0,
        null,
        null,
        "",
        "",
        null);
  }

  private static IndicatorResult failed() {
    return new IndicatorResult(
        "health-indicators",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        IndicatorResult.Status.FAILED,
        null,
        0,
        null,
        null,
        "",
        "",
        "java.lang.IllegalStateException: broken");
  }

  private FakeResults results;

  @BeforeEach
  void setUp() {
    MockPortal.signIn(PENILAI, Set.of("employee"));
    results = new FakeResults();
  }

  private void show() {
    Component inputs = new IndicatorRatingInputs(results).inputs(7, 9);
    UI.getCurrent().add(inputs);
  }

  @Test
  void theComputedValueWithItsRecordsPreviousPeriodTrendAndNoteIsShown() {
    results.rows = List.of(computed());
    show();
    String text =
        _get(ListItem.class, s -> s.withId("indicator-" + PLUGIN + "-complaint-response-time"))
            .getElement()
            .getTextRecursively();
    assertTrue(
        text.startsWith(
            "Rata-rata waktu tanggapan pengaduan: 30 jam (dari 2 catatan) Periode sebelumnya: 40"
                + " (membaik)."),
        text);
    assertTrue(text.contains("1 pengaduan melewati target 24 jam."), text);
    assertTrue(text.contains("Target daerah 24 jam."), text);
    assertEquals(List.of(PENILAI + ":false:7:9"), results.asked);
  }

  @Test
  void inEnglishTheEnglishLabelsAreShown() {
    UI.getCurrent().setLocale(Languages.ENGLISH);
    results.rows = List.of(computed());
    show();
    String text =
        _get(ListItem.class, s -> s.withId("indicator-" + PLUGIN + "-complaint-response-time"))
            .getElement()
            .getTextRecursively();
    assertTrue(text.startsWith("Average complaint response time: 30 jam (from 2 records)"), text);
  }

  @Test
  void anIndicatorTheEmployeeEntersAndAFailedPluginSaySo() {
    results.rows = List.of(entered(), failed());
    show();
    assertEquals(
        "Jumlah dokumen: diisi oleh pegawai",
        _get(ListItem.class, s -> s.withId("indicator-" + PLUGIN + "-documents-completed"))
            .getElement()
            .getTextRecursively());
    assertEquals(
        "Plugin health-indicators gagal: java.lang.IllegalStateException: broken",
        _get(ListItem.class, s -> s.withId("indicator-health-indicators-failed"))
            .getElement()
            .getTextRecursively());
  }

  @Test
  void aRefusalIsShownInsteadOfTheRows() {
    results.refusal =
        new RuleViolation(RuleViolation.Kind.FORBIDDEN, "Tidak berwenang.", "Not allowed.");
    show();
    Div box = _get(Div.class, s -> s.withId("indicator-inputs"));
    assertTrue(box.getElement().getTextRecursively().contains("Tidak berwenang."));
  }

  @Test
  void aRegionWithoutIndicatorPluginsSaysSo() {
    show();
    assertEquals(
        "Tidak ada plugin indikator yang aktif di wilayah ini.",
        _get(Paragraph.class, s -> s.withId("indicator-none")).getText());
  }
}
