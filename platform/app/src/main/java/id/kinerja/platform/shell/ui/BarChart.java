package id.kinerja.platform.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * A bar chart drawn in the browser by Chart.js (MIT, the most used canvas chart library; Vaadin's
 * own charts need a commercial licence). The server sends the labels and series; the browser draws
 * them. Views show the same figures as text or a grid too, for screen readers and printing.
 */
@Tag("kinerja-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./kinerja-chart.js")
public class BarChart extends Component implements HasSize {

  private static final long serialVersionUID = 1L;

  /** The palette, in series order: Lumo-like blue, green, amber, red, grey, purple. */
  private static final List<String> COLOURS =
      List.of("#1676f3", "#2e9e5b", "#e8a317", "#d6453d", "#7a8699", "#8e5cd9");

  /**
   * One series of values, one per label.
   *
   * @param name the legend's text
   * @param values one value per label
   */
  public record Series(String name, List<? extends Number> values) {}

  /**
   * A chart of {@code series} over {@code labels}.
   *
   * @param title the chart's title, also its accessible name
   * @param labels the categories along the axis
   * @param series the series, each with one value per label
   * @param stacked whether series are stacked into one bar per label
   * @param horizontal whether bars run horizontally (for long labels such as unit names)
   */
  public BarChart(
      String title, List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    getElement().setAttribute("aria-label", title);
    getElement().setPropertyJson("config", config(title, labels, series, stacked, horizontal));
    setWidthFull();
    setHeight(Math.max(16, 6 + (horizontal ? 2 * labels.size() : 0)) + "em");
  }

  /** The Chart.js configuration, for tests. */
  JsonObject config() {
    return (JsonObject) getElement().getPropertyRaw("config");
  }

  private static JsonObject config(
      String title, List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    JsonArray labelArray = Json.createArray();
    labels.forEach(l -> labelArray.set(labelArray.length(), l));
    JsonArray datasets = Json.createArray();
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      if (one.values().size() != labels.size()) {
        throw new IllegalArgumentException(
            "Series "
                + one.name()
                + " has "
                + one.values().size()
                + " values for "
                + labels.size()
                + " labels");
      }
      JsonArray data = Json.createArray();
      one.values().forEach(v -> data.set(data.length(), v.doubleValue()));
      JsonObject dataset = Json.createObject();
      dataset.put("label", one.name());
      dataset.put("data", data);
      dataset.put("backgroundColor", COLOURS.get(s % COLOURS.size()));
      datasets.set(s, dataset);
    }
    JsonObject data = Json.createObject();
    data.put("labels", labelArray);
    data.put("datasets", datasets);

    JsonObject axis = Json.createObject();
    axis.put("stacked", stacked);
    JsonObject valueAxis = Json.createObject();
    valueAxis.put("stacked", stacked);
    valueAxis.put("beginAtZero", true);
    JsonObject scales = Json.createObject();
    scales.put(horizontal ? "y" : "x", axis);
    scales.put(horizontal ? "x" : "y", valueAxis);

    JsonObject titleOption = Json.createObject();
    titleOption.put("display", true);
    titleOption.put("text", title);
    JsonObject plugins = Json.createObject();
    plugins.put("title", titleOption);

    JsonObject options = Json.createObject();
    options.put("responsive", true);
    options.put("maintainAspectRatio", false);
    options.put("animation", false);
    if (horizontal) {
      options.put("indexAxis", "y");
    }
    options.put("scales", scales);
    options.put("plugins", plugins);

    JsonObject config = Json.createObject();
    config.put("type", "bar");
    config.put("data", data);
    config.put("options", options);
    return config;
  }
}
