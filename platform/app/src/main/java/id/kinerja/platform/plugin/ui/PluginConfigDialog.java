package id.kinerja.platform.plugin.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.platform.plugin.service.PluginConfigForm;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.plugin.api.ConfigProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admin's form for one plugin in the region, one field per property its factories declare,
 * prefilled with the region's values.
 */
class PluginConfigDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  final Checkbox enabled = new Checkbox();
  final Map<String, Supplier<String>> values = new LinkedHashMap<>();
  final Paragraph message = new Paragraph();

  PluginConfigDialog(RegionPlugins plugins, PluginConfigForm form, Runnable saved) {
    String id = form.pluginId();
    setId("config-dialog-" + id);
    setHeaderTitle(getTranslation("plugins.configure.title", id));
    VerticalLayout fields = new VerticalLayout();
    enabled.setId("config-" + id + "-enabled");
    enabled.setLabel(getTranslation("plugins.configure.enabled"));
    enabled.setValue(form.enabled());
    fields.add(enabled);
    for (ConfigProperty property : form.properties()) {
      String label = property.label().in(getLocale());
      String value = form.values().get(property.name());
      AbstractField<?, ?> field =
          switch (property.type()) {
            case INTEGER -> integerField(property, value);
            case CHOICE -> choiceField(property, value);
            case BOOLEAN -> booleanField(property, value);
            default -> textField(property, value);
          };
      ((com.vaadin.flow.component.HasLabel) field).setLabel(label);
      field.setId("config-" + id + "-" + property.name());
      fields.add(field);
    }
    message.setId("config-message-" + id);
    fields.add(message);
    add(fields);
    Button save =
        new Button(
            getTranslation("plugins.configure.save"),
            e -> {
              Map<String, String> config = new LinkedHashMap<>();
              values.forEach((name, value) -> config.put(name, value.get()));
              try {
                plugins.configure(id, form.version(), enabled.getValue(), config);
                close();
                saved.run();
              } catch (RuleViolation ex) {
                message.setText(ex.message(getLocale()));
              }
            });
    save.setId("save-config-" + id);
    Button cancel = new Button(getTranslation("plugins.configure.cancel"), e -> close());
    getFooter().add(cancel, save);
  }

  private IntegerField integerField(ConfigProperty property, String value) {
    IntegerField field = new IntegerField();
    field.setPlaceholder(property.defaultValue());
    if (value != null) {
      try {
        field.setValue(Integer.valueOf(value));
      } catch (NumberFormatException e) {
        field.setValue(null);
      }
    }
    values.put(property.name(), () -> field.getValue() == null ? "" : field.getValue().toString());
    return field;
  }

  private Select<String> choiceField(ConfigProperty property, String value) {
    Select<String> field = new Select<>();
    field.setItems(property.options());
    field.setValue(value != null ? value : property.defaultValue());
    values.put(property.name(), () -> field.getValue() == null ? "" : field.getValue());
    return field;
  }

  private Checkbox booleanField(ConfigProperty property, String value) {
    Checkbox field = new Checkbox();
    field.setValue(Boolean.parseBoolean(value != null ? value : property.defaultValue()));
    values.put(property.name(), () -> Boolean.toString(field.getValue()));
    return field;
  }

  private TextField textField(ConfigProperty property, String value) {
    TextField field = new TextField();
    field.setPlaceholder(property.defaultValue());
    field.setValue(value == null ? "" : value);
    values.put(property.name(), field::getValue);
    return field;
  }
}
