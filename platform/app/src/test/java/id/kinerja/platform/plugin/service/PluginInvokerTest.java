package id.kinerja.platform.plugin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.platform.plugin.host.PluginFailure;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.plugin.api.TrainingRule;
import id.kinerja.plugin.api.TrainingRuleFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginInvokerTest {

  private final PluginInvoker invoker = new PluginInvoker();

  @AfterEach
  void close() {
    invoker.close();
  }

  @Test
  void aThrowingProviderIsAFailedResultRememberedForThatRegionOnly() {
    RegionExtension<TrainingRuleFactory> broken =
        new RegionExtension<>(new LoadedFactory<>("broken-rules", new Factory(true)), Map.of());

    invoker.currentRegion = CurrentRegion.of("bungo");
    var result = invoker.call(broken, "recommend", r -> r.recommend(null, List.of()));

    assertFalse(result.succeeded());
    assertEquals(PluginFailure.Kind.THREW, result.failure().kind());
    assertTrue(invoker.lastFailure("broken-rules").isPresent());
    invoker.currentRegion = CurrentRegion.of("kupang");
    assertTrue(invoker.lastFailure("broken-rules").isEmpty());
  }

  @Test
  void aSuccessfulCallClearsThePluginsLastFailure() {
    RegionExtension<TrainingRuleFactory> broken =
        new RegionExtension<>(new Factory(true).loaded(), Map.of());
    RegionExtension<TrainingRuleFactory> working =
        new RegionExtension<>(new Factory(false).loaded(), Map.of());

    invoker.currentRegion = CurrentRegion.of("bungo");
    invoker.call(broken, "recommend", r -> r.recommend(null, List.of()));
    var result = invoker.call(working, "recommend", r -> r.recommend(null, List.of()));
    assertTrue(result.succeeded());
    assertEquals(List.of(), result.value());
    assertTrue(invoker.lastFailure("rules").isEmpty());
  }

  /** A training-rule factory whose rule throws or recommends nothing. */
  private record Factory(boolean throwing) implements TrainingRuleFactory {

    LoadedFactory<TrainingRuleFactory> loaded() {
      return new LoadedFactory<>("rules", this);
    }

    @Override
    public String id() {
      return "rules";
    }

    @Override
    public String nameId() {
      return "Aturan";
    }

    @Override
    public String nameEn() {
      return "Rules";
    }

    @Override
    public TrainingRule create(Map<String, String> config) {
      return (ratings, catalog) -> {
        if (throwing) {
          throw new IllegalStateException("rule broken");
        }
        return List.of();
      };
    }
  }
}
