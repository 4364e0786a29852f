package id.kinerja.platform.plugin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import id.kinerja.platform.plugin.service.PluginConfigForm;
import id.kinerja.platform.plugin.service.RegionPlugin;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.MockPortal;
import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's plugin form, generated from the declared properties, browserless. */
@ExtendWith(MockPortal.class)
class PluginsViewTest {

  private static final String ADMIN = "199107262016031007";
  private static final String PLUGIN = "health-indicators";

  /** One plugin declaring an integer and a choice; refuses a wait below 1 like the real one. */
  static class FakePlugins extends RegionPlugins {
    final List<String> saved = new ArrayList<>();
    final Actor actor = MockPortal.actor();
    PluginConfigForm form =
        new PluginConfigForm(
            PLUGIN,
            3,
            true,
            List.of(
                ConfigProperty.integer(
                    "maxWaitMinutes",
                    LocalizedText.of(
                        "Batas waktu tunggu (menit)", "Maximum waiting time (minutes)"),
                    60,
                    1,
                    480),
                ConfigProperty.choice(
                    "satisfactionScale",
                    LocalizedText.of("Skala kepuasan", "Satisfaction scale"),
                    "1-5",
                    List.of("1-4", "1-5"))),
            Map.of("maxWaitMinutes", "60", "satisfactionScale", "1-5"));

    @Override
    public List<RegionPlugin> list() {
      return List.of(
          new RegionPlugin(PLUGIN, "1.0.0", "Health", RegionPlugin.State.ENABLED, null, List.of()));
    }

    @Override
    public PluginConfigForm form(String pluginId) {
      return form;
    }

    @Override
    public PluginConfigForm configure(
        String pluginId, long version, boolean enabled, Map<String, String> config) {
      if (Integer.parseInt(config.get("maxWaitMinutes")) < 1) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "'Batas waktu tunggu (menit)' harus minimal 1.",
            "'Maximum waiting time (minutes)' must be at least 1.");
      }
      saved.add(actor.nip() + ":" + version + ":" + enabled + ":" + config);
      return form;
    }
  }

  private FakePlugins plugins;
  private PluginsView view;

  @BeforeEach
  void setUp() {
    MockPortal.signIn(ADMIN, Set.of("employee", "admin"));
    plugins = new FakePlugins();
    view = new PluginsView(plugins);
    UI.getCurrent().add(view);
  }

  @Test
  void theFormHasOneFieldPerDeclaredPropertyPrefilledWithTheRegionsValues() {
    view.configure(PLUGIN);
    assertTrue(
        _get(Checkbox.class, spec -> spec.withId("config-" + PLUGIN + "-enabled")).getValue());
    IntegerField wait =
        _get(IntegerField.class, spec -> spec.withId("config-" + PLUGIN + "-maxWaitMinutes"));
    assertEquals(60, wait.getValue());
    assertEquals("Batas waktu tunggu (menit)", wait.getLabel());
    @SuppressWarnings("unchecked")
    Select<String> scale =
        _get(Select.class, spec -> spec.withId("config-" + PLUGIN + "-satisfactionScale"));
    assertEquals("1-5", scale.getValue());
  }

  @Test
  void aRefusedValueShowsTheReasonAndSavesNothing() {
    view.configure(PLUGIN);
    _get(IntegerField.class, spec -> spec.withId("config-" + PLUGIN + "-maxWaitMinutes"))
        .setValue(0);
    _click(_get(Button.class, spec -> spec.withId("save-config-" + PLUGIN)));
    assertEquals(
        "'Batas waktu tunggu (menit)' harus minimal 1.",
        _get(Paragraph.class, spec -> spec.withId("config-message-" + PLUGIN)).getText());
    assertTrue(plugins.saved.isEmpty());
  }

  @Test
  void aSaveSendsTheFormsValuesWithTheVersionSeen() {
    view.configure(PLUGIN);
    _get(IntegerField.class, spec -> spec.withId("config-" + PLUGIN + "-maxWaitMinutes"))
        .setValue(45);
    _get(Checkbox.class, spec -> spec.withId("config-" + PLUGIN + "-enabled")).setValue(false);
    _click(_get(Button.class, spec -> spec.withId("save-config-" + PLUGIN)));
    assertEquals(
        List.of(ADMIN + ":3:false:{maxWaitMinutes=45, satisfactionScale=1-5}"), plugins.saved);
  }

  @Test
  void aYesOrNoPropertyIsACheckboxSavedAsTrueOrFalse() {
    plugins.form =
        new PluginConfigForm(
            PLUGIN,
            3,
            true,
            List.of(
                ConfigProperty.integer(
                    "maxWaitMinutes", LocalizedText.of("Batas", "Limit"), 60, 1, 480),
                ConfigProperty.bool(
                    "publicSurvey", LocalizedText.of("Survei publik", "Public survey"), true)),
            Map.of("maxWaitMinutes", "60"));
    view.configure(PLUGIN);
    Checkbox survey =
        _get(Checkbox.class, spec -> spec.withId("config-" + PLUGIN + "-publicSurvey"));
    assertTrue(survey.getValue(), "the default when the region set none");
    survey.setValue(false);
    _click(_get(Button.class, spec -> spec.withId("save-config-" + PLUGIN)));
    assertEquals(List.of(ADMIN + ":3:true:{maxWaitMinutes=60, publicSurvey=false}"), plugins.saved);
  }
}
