package id.kinerja.platform.indicator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.platform.plugin.service.PluginInvokers;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorDefinition.Aspect;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.IndicatorRealisation;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each plugin indicator is computed through the contained call: a computed value, an indicator the
 * employee enters, and a plugin that throws each become their own row, and the others go on.
 */
class IndicatorResultsTest {

  private static final IndicatorData MARCH =
      new IndicatorData(LocalDate.of(2041, 3, 1), LocalDate.of(2041, 3, 31), List.of(), List.of());

  private static IndicatorDefinition definition(String code) {
    return new IndicatorDefinition(
        code, code + "-id", code + "-en", "jam", Aspect.TIME, Direction.LOWER_IS_BETTER, "g", "g");
  }

  /** "ok" is computed from the period start's day, "manual" is entered, "broken" throws. */
  static class Provider implements IndicatorProvider {
    @Override
    public List<IndicatorDefinition> definitions() {
      return List.of(definition("ok"), definition("manual"), definition("broken"));
    }

    @Override
    public Optional<IndicatorRealisation> compute(String code, IndicatorData data) {
      return switch (code) {
        case "ok" ->
            Optional.of(
                new IndicatorRealisation(
                    code,
                    BigDecimal.valueOf(data.periodStart().getMonthValue()),
                    0,
                    null,
                    Trend.UNKNOWN,
                    "",
                    ""));
        case "broken" -> throw new IllegalStateException("feed misread");
        default -> Optional.empty();
      };
    }
  }

  static class Factory implements IndicatorProviderFactory {
    final boolean listBroken;

    Factory(boolean listBroken) {
      this.listBroken = listBroken;
    }

    @Override
    public String id() {
      return "fake";
    }

    @Override
    public String nameId() {
      return "Palsu";
    }

    @Override
    public String nameEn() {
      return "Fake";
    }

    @Override
    public IndicatorProvider create(Map<String, String> config) {
      if (listBroken) {
        return new Provider() {
          @Override
          public List<IndicatorDefinition> definitions() {
            throw new IllegalStateException("no definitions");
          }
        };
      }
      return new Provider();
    }
  }

  private static List<IndicatorResult> compute(boolean listBroken) {
    IndicatorResults results = new IndicatorResults();
    results.invoker = PluginInvokers.inRegion("bungo");
    RegionExtension<IndicatorProviderFactory> extension =
        new RegionExtension<>(
            new LoadedFactory<>("fake-plugin", new Factory(listBroken)), Map.of());
    return results.compute(extension, MARCH);
  }

  @Test
  void aComputedAnEnteredAndAFailedIndicatorAreEachARow() {
    List<IndicatorResult> rows = compute(false);
    assertEquals(3, rows.size());
    IndicatorResult ok = rows.get(0);
    assertEquals(IndicatorResult.Status.COMPUTED, ok.status());
    assertEquals(BigDecimal.valueOf(3), ok.value());
    assertEquals("ok-en", ok.labelEn());
    assertEquals(Direction.LOWER_IS_BETTER, ok.direction());
    assertEquals(IndicatorResult.Status.ENTERED_BY_EMPLOYEE, rows.get(1).status());
    IndicatorResult broken = rows.get(2);
    assertEquals(IndicatorResult.Status.FAILED, broken.status());
    assertEquals("broken", broken.code());
    assertTrue(broken.failure().contains("feed misread"), broken.failure());
  }

  @Test
  void aPluginThatCannotListItsIndicatorsIsOneFailedRow() {
    List<IndicatorResult> rows = compute(true);
    assertEquals(1, rows.size());
    assertEquals(IndicatorResult.Status.FAILED, rows.get(0).status());
    assertNull(rows.get(0).code());
    assertEquals("fake-plugin", rows.get(0).pluginId());
    assertTrue(rows.get(0).failure().contains("no definitions"), rows.get(0).failure());
  }
}
