package id.kinerja.platform.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.organization.domain.OrganizationCsv;
import id.kinerja.platform.organization.service.ImportReport;
import id.kinerja.platform.organization.service.OrganizationImport;
import id.kinerja.platform.security.service.AccountOutcome;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The admin imports units and employees from a CSV file and downloads the refused rows. */
@Route("admin/impor")
@RolesAllowed("admin")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient OrganizationImport organizationImport;
  final Upload upload = new Upload();
  final Span summary = new Span();
  final Grid<ImportProblem> errors = new Grid<>();
  final Anchor errorReport = new Anchor();
  final Span accounts = new Span();
  final Span withoutPassword = new Span();
  final Grid<AccountOutcome> failedAccounts = new Grid<>();
  private String report = "";

  /** Builds the upload form. */
  @Inject
  public ImportView(OrganizationImport organizationImport) {
    this.organizationImport = organizationImport;
    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(OrganizationCsv.MAX_BYTES);
    upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, data) -> {
              ImportReport result;
              try {
                result = organizationImport.importCsv(data);
              } catch (RuleViolation e) {
                upload.getUI().ifPresent(ui -> ui.access(() -> Refusals.show(e)));
                return;
              }
              upload.getUI().ifPresent(ui -> ui.access(() -> show(result)));
            }));
    upload.addFileRejectedListener(
        e -> Refusals.show(getTranslation("import.fileRejected", OrganizationCsv.MAX_MEGABYTES)));

    summary.setId("import-summary");
    errors.setId("import-errors");
    errors
        .addColumn(p -> p.fileLevel() ? "–" : String.valueOf(p.row()))
        .setHeader(getTranslation("import.row"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    errors
        .addColumn(ImportProblem::column)
        .setHeader(getTranslation("import.column"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    errors
        .addColumn(p -> p.message(getLocale()))
        .setHeader(getTranslation("import.problem"))
        .setFlexGrow(1);
    errors.setAllRowsVisible(true);
    errors.setVisible(false);

    accounts.setId("import-accounts");
    accounts.setVisible(false);
    withoutPassword.setId("import-without-password");
    withoutPassword.setVisible(false);
    failedAccounts.setId("import-account-failures");
    failedAccounts
        .addColumn(AccountOutcome::nip)
        .setHeader(getTranslation("import.accounts.nip"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    failedAccounts
        .addColumn(AccountOutcome::reason)
        .setHeader(getTranslation("import.accounts.reason"))
        .setFlexGrow(1);
    failedAccounts.setAllRowsVisible(true);
    failedAccounts.setVisible(false);

    errorReport.setId("import-error-report");
    errorReport.setText(getTranslation("import.download"));
    errorReport.setHref(
        (DownloadHandler)
            event -> {
              byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
              event.setFileName("kesalahan-impor.csv");
              event.setContentType("text/csv; charset=UTF-8");
              event.setContentLength(bytes.length);
              event.getOutputStream().write(bytes);
            });
    errorReport.getElement().setAttribute("download", true);
    errorReport.setVisible(false);

    add(
        new H2(getTranslation("import.title")),
        new Paragraph(getTranslation("import.help")),
        upload,
        summary,
        errorReport,
        errors,
        accounts,
        withoutPassword,
        failedAccounts);
  }

  void show(ImportReport result) {
    report = result.errorReport();
    if (result.fileRefused()) {
      summary.setText(getTranslation("import.fileRefused"));
    } else {
      summary.setText(
          getTranslation(
              "import.summary",
              result.imported(),
              result.rejected(),
              result.created(),
              result.updated(),
              result.unchanged(),
              result.unitsCreated()));
    }
    errors.setItems(result.problems());
    errors.setVisible(!result.problems().isEmpty());
    errorReport.setVisible(!report.isEmpty());
    showAccounts(result);
  }

  private void showAccounts(ImportReport result) {
    accounts.setVisible(!result.accounts().isEmpty() || result.accountsPending() > 0);
    accounts.setText(
        result.accountsPending() > 0
            ? getTranslation("import.accountsPending", result.accountsPending())
            : getTranslation(
                "import.accounts",
                result.accounts(AccountOutcome.Status.CREATED),
                result.accounts(AccountOutcome.Status.UPDATED),
                result.accounts(AccountOutcome.Status.UNCHANGED),
                result.accounts(AccountOutcome.Status.FAILED)));
    List<String> nips = result.withoutPassword();
    withoutPassword.setVisible(!nips.isEmpty());
    withoutPassword.setText(
        getTranslation("import.accounts.withoutPassword", String.join(", ", nips)));
    List<AccountOutcome> failed = result.failedAccounts();
    failedAccounts.setItems(failed);
    failedAccounts.setVisible(!failed.isEmpty());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("import.title") + " · Kinerja";
  }
}
