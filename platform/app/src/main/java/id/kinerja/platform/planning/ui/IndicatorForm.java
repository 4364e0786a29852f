package id.kinerja.platform.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The form under an RHK of an editable plan that adds an IKI, or saves the one being changed after
 * {@link #edit} filled it in. The targets are typed as one line (see {@link #parseTargets}).
 */
class IndicatorForm extends HorizontalLayout {

  private static final long serialVersionUID = 1L;

  private final TextField text = new TextField(getTranslation("plan.indicatorText"));
  private final Select<Aspect> aspect = new Select<>();
  private final TextField unit = new TextField(getTranslation("plan.unit"));
  private final TextField targets = new TextField(getTranslation("plan.targetsInput"));
  private final Button save = new Button(getTranslation("plan.addIndicator"));
  private Long changing;

  /**
   * @param resultId the RHK the IKI belong to, naming the fields
   * @param onSave called with the IKI being changed (null for a new one) and what was typed
   */
  IndicatorForm(long resultId, SerializableBiConsumer<Long, IndicatorInput> onSave) {
    text.setId("indicator-text-" + resultId);
    aspect.setId("indicator-aspect-" + resultId);
    aspect.setLabel(getTranslation("plan.aspect"));
    aspect.setItems(Aspect.values());
    aspect.setItemLabelGenerator(a -> getTranslation("plan.aspect." + a.name()));
    aspect.setValue(Aspect.KUANTITAS);
    unit.setId("indicator-unit-" + resultId);
    unit.setWidth("8em");
    targets.setId("indicator-targets-" + resultId);
    targets.setHelperText(getTranslation("plan.targetsHelp"));
    save.setId("add-indicator-" + resultId);
    save.addClickListener(e -> onSave.accept(changing, input()));
    add(text, aspect, unit, targets, save);
    setDefaultVerticalComponentAlignment(Alignment.BASELINE);
  }

  /** Fills the form with an IKI, which the save button then changes. */
  void edit(PlanView.IndicatorView i) {
    changing = i.id();
    text.setValue(i.text());
    aspect.setValue(i.aspect());
    unit.setValue(i.unit() == null ? "" : i.unit());
    targets.setValue(formatTargets(i.targets()));
    save.setText(getTranslation("plan.saveIndicator"));
  }

  private IndicatorInput input() {
    return new IndicatorInput(
        text.getValue(), aspect.getValue(), unit.getValue(), parseTargets(targets.getValue()));
  }

  /** The inverse of {@link #parseTargets}: "10, , 12" for targets of periods 1 and 3. */
  static String formatTargets(Map<Integer, String> targets) {
    int last = targets.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> parts = new ArrayList<>();
    for (int period = 1; period <= last; period++) {
      parts.add(targets.getOrDefault(period, ""));
    }
    return String.join(", ", parts);
  }

  /** "10, 10, , 12": the target of period 1, 2, (none for 3), 4. */
  static Map<Integer, String> parseTargets(String input) {
    Map<Integer, String> targets = new TreeMap<>();
    if (input == null) {
      return targets;
    }
    String[] parts = input.split("[,;]", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isBlank()) {
        targets.put(i + 1, parts[i].strip());
      }
    }
    return targets;
  }
}
