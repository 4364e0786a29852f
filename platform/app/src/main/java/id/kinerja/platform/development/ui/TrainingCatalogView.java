package id.kinerja.platform.development.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.service.CatalogEntryInput;
import id.kinerja.platform.development.service.CatalogEntryView;
import id.kinerja.platform.development.service.TrainingCatalog;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The admin keeps the region's training catalog: the development activities the training rules
 * recommend from. Adds, edits (naming the version seen) and removes entries.
 */
@Route("admin/katalog-pelatihan")
@RolesAllowed("admin")
public class TrainingCatalogView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient TrainingCatalog catalog;

  final Grid<CatalogEntryView> grid = new Grid<>();
  final Div editor = new Div();
  final TextField code = new TextField();
  final TextField titleId = new TextField();
  final TextField titleEn = new TextField();
  final Select<ActivityKind> kind = new Select<>();
  final Button save = new Button();

  /** The entry in the editor, null for a new one. */
  private CatalogEntryView editing;

  /** Builds the view for the current region's admin. */
  @Inject
  public TrainingCatalogView(TrainingCatalog catalog) {
    this.catalog = catalog;

    grid.setId("catalog");
    grid.addColumn(CatalogEntryView::code).setHeader(getTranslation("catalog.code"));
    grid.addColumn(e -> e.title(getLocale()))
        .setHeader(getTranslation("catalog.title"))
        .setFlexGrow(3);
    grid.addColumn(e -> getTranslation("dialogue.kind." + e.kind().name()))
        .setHeader(getTranslation("catalog.kind"));
    grid.addComponentColumn(this::actions).setKey("actions");
    grid.setAllRowsVisible(true);

    code.setId("catalog-code");
    code.setLabel(getTranslation("catalog.code"));
    titleId.setId("catalog-title-id");
    titleId.setLabel(getTranslation("catalog.titleId"));
    titleId.setWidth("24em");
    titleEn.setId("catalog-title-en");
    titleEn.setLabel(getTranslation("catalog.titleEn"));
    titleEn.setWidth("24em");
    kind.setId("catalog-kind");
    kind.setLabel(getTranslation("catalog.kind"));
    kind.setItems(ActivityKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("dialogue.kind." + k.name()));
    save.setId("catalog-save");
    save.setText(getTranslation("catalog.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    Button cancel = new Button(getTranslation("catalog.cancel"), e -> editor.setVisible(false));
    HorizontalLayout fields = new HorizontalLayout(code, titleId, titleEn, kind);
    fields.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    editor.setId("catalog-editor");
    editor.add(new H3(getTranslation("catalog.entry")), fields, new HorizontalLayout(save, cancel));
    editor.setVisible(false);

    Button add = new Button(getTranslation("catalog.add"), e -> open(null));
    add.setId("catalog-add");

    add(new H2(getTranslation("catalog.title.page")), add, editor, grid);
    load();
  }

  private HorizontalLayout actions(CatalogEntryView entry) {
    Button edit = new Button(getTranslation("catalog.edit"), e -> open(entry));
    edit.setId("catalog-edit-" + entry.code());
    Button remove =
        new Button(
            getTranslation("catalog.remove"),
            e -> act(() -> catalog.remove(entry.id(), entry.version())));
    remove.setId("catalog-remove-" + entry.code());
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    return new HorizontalLayout(edit, remove);
  }

  private void open(CatalogEntryView entry) {
    editing = entry;
    code.setValue(entry == null ? "" : entry.code());
    titleId.setValue(entry == null ? "" : entry.titleId());
    titleEn.setValue(entry == null ? "" : entry.titleEn());
    kind.setValue(entry == null ? ActivityKind.TRAINING : entry.kind());
    editor.setVisible(true);
  }

  private void save() {
    CatalogEntryInput input =
        new CatalogEntryInput(
            code.getValue(), titleId.getValue(), titleEn.getValue(), kind.getValue());
    CatalogEntryView entry = editing;
    act(
        () -> {
          if (entry == null) {
            catalog.add(input);
          } else {
            catalog.change(entry.id(), entry.version(), input);
          }
          editor.setVisible(false);
        });
  }

  private void act(Runnable change) {
    try {
      change.run();
    } catch (RuleViolation e) {
      Refusals.show(e);
    }
    load();
  }

  private void load() {
    grid.setItems(catalog.entries());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("catalog.title.page") + " · Kinerja";
  }
}
