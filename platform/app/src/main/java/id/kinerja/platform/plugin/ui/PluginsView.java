package id.kinerja.platform.plugin.ui;

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

  /** Lists the plugins. */
  @Inject
  public PluginsView(RegionPlugins plugins) {
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
    grid.setItems(list);
    grid.setAllRowsVisible(true);
    add(grid);
  }

  String state(RegionPlugin plugin) {
    return switch (plugin.state()) {
      case ENABLED -> getTranslation("plugins.state.enabled");
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
