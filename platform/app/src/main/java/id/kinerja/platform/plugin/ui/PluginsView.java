package id.kinerja.platform.plugin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.plugin.service.RegionPlugin;
import id.kinerja.platform.plugin.service.RegionPlugins;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/** The plugins installed on the platform and their state in the admin's region. */
@Route("admin/plugin")
@RolesAllowed("admin")
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  final Grid<RegionPlugin> grid = new Grid<>();
  private final RegionPlugins plugins;

  /** Lists the plugins. */
  @Inject
  public PluginsView(RegionPlugins plugins) {
    this.plugins = plugins;
    add(new H2(getTranslation("plugins.title")));
    List<RegionPlugin> list = plugins.list();
    if (list.isEmpty()) {
      add(new Paragraph(getTranslation("plugins.empty")));
      return;
    }
    grid.setId("plugins");
    grid.addColumn(RegionPlugin::id).setHeader(getTranslation("plugins.id"));
    grid.addColumn(p -> p.description() == null ? "" : p.description())
        .setHeader(getTranslation("plugins.name"))
        .setFlexGrow(2);
    grid.addColumn(p -> p.version() == null ? "" : p.version())
        .setHeader(getTranslation("plugins.version"));
    grid.addColumn(this::state).setHeader(getTranslation("plugins.state")).setFlexGrow(2);
    grid.addColumn(p -> String.join("; ", p.indicators()))
        .setHeader(getTranslation("plugins.indicators"))
        .setFlexGrow(3);
    grid.addComponentColumn(this::configureButton);
    grid.setItems(list);
    grid.setAllRowsVisible(true);
    add(grid);
  }

  private Button configureButton(RegionPlugin plugin) {
    Button button = new Button(getTranslation("plugins.configure"), e -> configure(plugin.id()));
    button.setId("configure-" + plugin.id());
    button.setEnabled(
        plugin.state() == RegionPlugin.State.ENABLED
            || plugin.state() == RegionPlugin.State.DISABLED);
    return button;
  }

  /** Opens the form for one plugin; after a save the list shows the region's new setting. */
  PluginConfigDialog configure(String pluginId) {
    PluginConfigDialog dialog =
        new PluginConfigDialog(
            plugins, plugins.form(pluginId), () -> grid.setItems(plugins.list()));
    dialog.open();
    return dialog;
  }

  String state(RegionPlugin plugin) {
    return switch (plugin.state()) {
      case ENABLED ->
          plugin.reason() == null
              ? getTranslation("plugins.state.enabled")
              : getTranslation("plugins.state.enabled-failed", plugin.reason());
      case DISABLED -> getTranslation("plugins.state.disabled");
      case REFUSED -> getTranslation("plugins.state.refused", plugin.reason());
      case MISSING -> getTranslation("plugins.state.missing");
    };
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plugins.title") + " · Kinerja";
  }
}
