package id.kinerja.platform.development.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.service.CatalogEntryInput;
import id.kinerja.platform.development.service.CatalogEntryView;
import id.kinerja.platform.development.service.TrainingCatalog;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.MockPortal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's training catalog view, browserless, over an in-memory catalog. */
@ExtendWith(MockPortal.class)
class TrainingCatalogViewTest {

  private static final String ADMIN = "198503122010012003";

  /** The catalog in memory, recording the calls. */
  static class FakeCatalog extends TrainingCatalog {
    final List<CatalogEntryView> entries = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    RuleViolation refusal;

    @Override
    public List<CatalogEntryView> entries() {
      return List.copyOf(entries);
    }

    @Override
    public CatalogEntryView add(CatalogEntryInput input) {
      Actor actor = MockPortal.actor();
      calls.add("add " + actor.nip() + " " + actor.isAdmin() + " " + input);
      CatalogEntryView view =
          new CatalogEntryView(
              entries.size() + 1, input.code(), input.titleId(), input.titleEn(), input.kind(), 0);
      entries.add(view);
      return view;
    }

    @Override
    public CatalogEntryView change(long id, long version, CatalogEntryInput input) {
      if (refusal != null) {
        throw refusal;
      }
      calls.add("change " + id + " v" + version + " " + input);
      return entries.get(0);
    }

    @Override
    public void remove(long id, long version) {
      calls.add("remove " + id + " v" + version);
      entries.removeIf(e -> e.id() == id);
    }
  }

  private final FakeCatalog catalog = new FakeCatalog();

  private TrainingCatalogView open() {
    MockPortal.signIn(ADMIN, Set.of("employee", "admin"));
    TrainingCatalogView view = new TrainingCatalogView(catalog);
    UI.getCurrent().add(view);
    return view;
  }

  @Test
  void theAdminAddsAnEntryWithBothTitlesAndAKind() {
    TrainingCatalogView view = open();
    _click(_get(Button.class, s -> s.withId("catalog-add")));
    assertTrue(view.editor.isVisible());
    _get(TextField.class, s -> s.withId("catalog-code")).setValue("BG-PUBLIC-SPEAKING");
    _get(TextField.class, s -> s.withId("catalog-title-id")).setValue("Pelatihan Public Speaking");
    _get(TextField.class, s -> s.withId("catalog-title-en")).setValue("Public speaking training");
    _click(_get(Button.class, s -> s.withId("catalog-save")));

    assertEquals(
        List.of(
            "add "
                + ADMIN
                + " true "
                + new CatalogEntryInput(
                    "BG-PUBLIC-SPEAKING",
                    "Pelatihan Public Speaking",
                    "Public speaking training",
                    ActivityKind.TRAINING)),
        catalog.calls);
    assertFalse(view.editor.isVisible());
    assertEquals(1, GridKt._size(view.grid));
    assertEquals("Pelatihan Public Speaking", GridKt._getFormattedRow(view.grid, 0).get(1));
  }

  @Test
  void editingSendsTheVersionSeenAndAConflictIsShownInTheUsersLanguage() {
    catalog.entries.add(
        new CatalogEntryView(
            7, "BG-COACH", "Coaching oleh atasan", "Coaching", ActivityKind.COACHING, 4));
    TrainingCatalogView view = open();
    _click(action(view, "catalog-edit-BG-COACH"));
    assertEquals("BG-COACH", view.code.getValue());
    assertEquals(ActivityKind.COACHING, view.kind.getValue());
    view.titleEn.setValue("Coaching by the supervisor");
    _click(_get(Button.class, s -> s.withId("catalog-save")));
    assertEquals(
        List.of(
            "change 7 v4 "
                + new CatalogEntryInput(
                    "BG-COACH",
                    "Coaching oleh atasan",
                    "Coaching by the supervisor",
                    ActivityKind.COACHING)),
        catalog.calls);

    catalog.refusal = RuleViolation.concurrentChange();
    _click(action(view, "catalog-edit-BG-COACH"));
    _click(_get(Button.class, s -> s.withId("catalog-save")));
    NotificationsKt.expectNotifications(RuleViolation.concurrentChange().messageId());
    assertTrue(view.editor.isVisible(), "the admin's input stays to be redone");
  }

  @Test
  void removingAnEntryNamesItsVersion() {
    catalog.entries.add(
        new CatalogEntryView(
            3, "BG-ARSIP", "Diklat arsip", "Records course", ActivityKind.TRAINING, 2));
    TrainingCatalogView view = open();
    _click(action(view, "catalog-remove-BG-ARSIP"));
    assertEquals(List.of("remove 3 v2"), catalog.calls);
    assertEquals(0, GridKt._size(view.grid));
  }

  /** The button with this id in the first row's actions. */
  private static Button action(TrainingCatalogView view, String id) {
    return _get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, s -> s.withId(id));
  }
}
