package id.kinerja.platform.organization.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.UnitNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/** The region's org tree, with the number of employees in each unit. */
@Route("admin/unit")
@RolesAllowed("admin")
public class OrgTreeView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  final TreeGrid<UnitNode> tree = new TreeGrid<>();

  /** Builds the tree. */
  @Inject
  public OrgTreeView(EmployeeDirectory directory) {
    tree.setId("units");
    tree.addHierarchyColumn(UnitNode::name).setHeader(getTranslation("units.name")).setFlexGrow(3);
    tree.addColumn(UnitNode::code).setHeader(getTranslation("units.code"));
    tree.addColumn(UnitNode::employees).setHeader(getTranslation("units.employees"));
    List<UnitNode> units = directory.units();
    TreeData<UnitNode> data = new TreeData<>();
    units.stream()
        .filter(u -> u.parentId() == null)
        .forEach(u -> addWithChildren(data, null, u, units));
    tree.setTreeData(data);
    tree.expandRecursively(data.getRootItems(), 3);
    tree.setSizeFull();
    add(new H2(getTranslation("units.title")), tree);
    setSizeFull();
  }

  private static void addWithChildren(
      TreeData<UnitNode> data, UnitNode parent, UnitNode unit, List<UnitNode> units) {
    data.addItem(parent, unit);
    units.stream()
        .filter(u -> u.parentId() != null && u.parentId() == unit.id())
        .forEach(child -> addWithChildren(data, unit, child, units));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("units.title") + " · Kinerja";
  }
}
