package id.kinerja.platform.planning.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.planning.service.CascadeNode;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;

/**
 * The region's cascade (intervensi) of approved RHK as a tree, from the head of the region down:
 * every employee sees how their work supports their supervisor's and, in the end, the region's.
 */
@Route("skp/kaskade")
@PermitAll
public class CascadeView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient PlanReading plans;

  final IntegerField year = new IntegerField();
  final TreeGrid<CascadeNode> tree = new TreeGrid<>();
  final Paragraph empty = new Paragraph();

  /** Builds the view, showing the current year. */
  @Inject
  public CascadeView(PlanReading plans) {
    this.plans = plans;
    year.setId("cascade-year");
    year.setLabel(getTranslation("plan.year"));
    year.setMin(PlanDrafting.FIRST_YEAR);
    year.setMax(PlanDrafting.LAST_YEAR);
    year.setStepButtonsVisible(true);
    year.setValue(Year.now().getValue());
    year.addValueChangeListener(e -> show());

    tree.setId("cascade-tree");
    tree.addHierarchyColumn(CascadeNode::text)
        .setHeader(getTranslation("plan.resultText"))
        .setFlexGrow(3);
    tree.addColumn(CascadeNode::employeeName).setHeader(getTranslation("plan.employee"));
    tree.addColumn(n -> getTranslation("plan.kind." + n.kind()))
        .setHeader(getTranslation("plan.kind"));
    tree.setAllRowsVisible(true);
    empty.setId("cascade-empty");
    empty.setText(getTranslation("plan.cascadeEmpty"));

    add(new H2(getTranslation("plan.cascadeTitle")), year, tree, empty);
    show();
  }

  private void show() {
    Integer chosen = year.getValue();
    List<CascadeNode> roots =
        chosen == null || year.isInvalid() ? List.of() : plans.cascadeTree(chosen);
    tree.setItems(roots, CascadeNode::children);
    tree.expandRecursively(roots, Integer.MAX_VALUE);
    tree.setVisible(!roots.isEmpty());
    empty.setVisible(roots.isEmpty());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plan.cascadeTitle") + " · Kinerja";
  }
}
