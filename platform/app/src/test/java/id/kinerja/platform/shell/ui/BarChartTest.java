package id.kinerja.platform.shell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import elemental.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configuration the server sends for a bar chart. */
class BarChartTest {

  @Test
  void stackedHorizontalChartCarriesLabelsSeriesAndTitle() {
    BarChart chart =
        new BarChart(
            "Sebaran predikat",
            List.of("Dinas Kesehatan", "Setda"),
            List.of(
                new BarChart.Series("Sangat Baik", List.of(2, 0)),
                new BarChart.Series("Baik", List.of(5, 3))),
            true,
            true);
    JsonObject config = chart.config();
    assertEquals("bar", config.getString("type"));
    assertEquals("Setda", config.getObject("data").getArray("labels").getString(1));
    JsonObject baik = config.getObject("data").getArray("datasets").getObject(1);
    assertEquals("Baik", baik.getString("label"));
    assertEquals(5.0, baik.getArray("data").getNumber(0));
    assertEquals("y", config.getObject("options").getString("indexAxis"));
    assertTrue(
        config.getObject("options").getObject("scales").getObject("y").getBoolean("stacked"));
    assertEquals(
        "Sebaran predikat",
        config.getObject("options").getObject("plugins").getObject("title").getString("text"));
    assertEquals("Sebaran predikat", chart.getElement().getAttribute("aria-label"));
  }

  @Test
  void verticalChartHasNoIndexAxisAndUnstackedSeries() {
    JsonObject config =
        new BarChart(
                "Riwayat",
                List.of("Jan"),
                List.of(new BarChart.Series("x", List.of(1))),
                false,
                false)
            .config();
    assertFalse(config.getObject("options").hasKey("indexAxis"));
    assertFalse(
        config.getObject("options").getObject("scales").getObject("x").getBoolean("stacked"));
  }

  @Test
  void aSeriesMustHaveOneValuePerLabel() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BarChart(
                "x",
                List.of("a", "b"),
                List.of(new BarChart.Series("s", List.of(1))),
                false,
                false));
  }
}
