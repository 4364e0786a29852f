package id.kinerja.platform.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.organization.service.ImportReport;
import id.kinerja.platform.organization.service.OrganizationImport;
import id.kinerja.platform.security.service.AccountOutcome;
import id.kinerja.platform.shell.ui.Languages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import page, browserless: the result summary, the refused rows and the report link. */
class ImportViewTest {

  private ImportView view;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    UI.getCurrent().setLocale(Languages.INDONESIAN);
    view = new ImportView(new OrganizationImport());
    UI.getCurrent().add(view);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void theSummarySaysHowManyRowsWereImportedAndRejected() {
    assertFalse(view.errorReport.isVisible());
    ImportProblem problem = new ImportProblem(3, "nip", "NIP salah.", "Wrong NIP.");
    view.show(new ImportReport(1, 1, 0, 1, 0, List.of(problem), "nip;kesalahan;error\r\n"));

    String summary = _get(Span.class, spec -> spec.withId("import-summary")).getText();
    assertTrue(summary.startsWith("2 baris diimpor, 1 baris ditolak"), summary);
    @SuppressWarnings("unchecked")
    Grid<ImportProblem> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
    assertTrue(errors.isVisible());
    assertEquals(List.of(problem), errors.getGenericDataView().getItems().toList());
    assertTrue(_get(Anchor.class, spec -> spec.withId("import-error-report")).isVisible());
  }

  @Test
  void aRefusedFileSaysNothingWasImported() {
    view.show(
        new ImportReport(
            0, 0, 0, 0, 0, List.of(ImportProblem.ofFile("Bukan CSV.", "Not CSV.")), "x"));
    assertEquals(
        "Berkas ditolak; tidak ada data yang diimpor.",
        _get(Span.class, spec -> spec.withId("import-summary")).getText());
  }

  @Test
  void theKeycloakOutcomesAreShownWithTheFailuresAndTheUsersWithoutPassword() {
    assertFalse(view.accounts.isVisible());
    List<AccountOutcome> outcomes =
        List.of(
            new AccountOutcome("1", AccountOutcome.Status.CREATED, true, ""),
            new AccountOutcome("2", AccountOutcome.Status.UPDATED, false, ""),
            new AccountOutcome("3", AccountOutcome.Status.FAILED, false, "409 User exists"));
    view.show(new ImportReport(2, 1, 0, 0, 0, List.of(), "").withAccounts(outcomes));

    assertEquals(
        "Akun Keycloak: 1 dibuat, 1 diperbarui, 0 tidak berubah, 1 gagal.",
        _get(Span.class, spec -> spec.withId("import-accounts")).getText());
    assertTrue(view.withoutPassword.isVisible());
    assertTrue(view.withoutPassword.getText().endsWith(": 1"), view.withoutPassword.getText());
    assertTrue(view.failedAccounts.isVisible());
    assertEquals(
        List.of(outcomes.get(2)), view.failedAccounts.getGenericDataView().getItems().toList());
  }

  @Test
  void aLargeImportSaysItsKeycloakAccountsAreProvisionedInTheBackground() {
    view.show(new ImportReport(100_000, 0, 0, 0, 201, List.of(), "").withAccountsPending(100_000));
    String text = _get(Span.class, spec -> spec.withId("import-accounts")).getText();
    assertTrue(text.contains("100") && text.contains("latar belakang"), text);
    assertFalse(view.failedAccounts.isVisible());
  }

  @Test
  void aCleanImportOffersNoErrorReport() {
    view.show(new ImportReport(0, 0, 5, 0, 0, List.of(), ""));
    assertFalse(view.errorReport.isVisible());
    assertFalse(view.errors.isVisible());
  }
}
