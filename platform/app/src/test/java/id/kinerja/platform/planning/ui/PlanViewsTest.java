package id.kinerja.platform.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.CascadeNode;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanSummary;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.MockPortal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SKP views, browserless, over an in-memory plan service. */
@ExtendWith(MockPortal.class)
class PlanViewsTest {

  private static final String PEGAWAI = "199011222019122120";
  private static final String PENILAI = "198312192006012011";

  /** One plan in memory, with the workflow's main steps, read and changed by the fakes below. */
  static class FakePlans {
    PlanView plan =
        new PlanView(
            1,
            PEGAWAI,
            "Pegawai",
            PENILAI,
            2027,
            1,
            PlanStatus.DRAFT,
            null,
            null,
            null,
            List.of(),
            List.of(),
            0);
    final List<String> calls = new ArrayList<>();

    final Drafting drafting = new Drafting();
    final Review review = new Review();
    final Reading reading = new Reading();

    /** The employee's steps. */
    class Drafting extends PlanDrafting {
      @Override
      public PlanView myPlan(int year) {
        return plan;
      }

      @Override
      public PlanView addResult(long planId, long version, ResultInput input) {
        calls.add("add " + MockPortal.actor().nip() + " " + input.supportsId());
        List<PlanView.ResultView> results = new ArrayList<>(plan.results());
        results.add(
            new PlanView.ResultView(
                10, input.kind(), input.text(), input.supportsId(), "RHK atasan", List.of(), 0));
        plan = with(PlanStatus.DRAFT, results, null);
        return plan;
      }

      @Override
      public PlanView addIndicator(long planId, long version, long resultId, IndicatorInput input) {
        calls.add("indicator " + resultId + " " + input.targets());
        return plan;
      }

      @Override
      public PlanView updateIndicator(
          long planId, long version, long indicatorId, IndicatorInput input) {
        calls.add("update " + indicatorId + " " + input.text() + " " + input.targets());
        return plan;
      }

      @Override
      public PlanView removeIndicator(long planId, long version, long indicatorId) {
        calls.add("remove " + indicatorId);
        return plan;
      }

      @Override
      public PlanView submit(long planId, long version) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID, "Setiap RHK utama memerlukan IKI.", "Needs IKI.");
      }
    }

    /** The pejabat penilai's steps. */
    class Review extends PlanReview {
      @Override
      public List<PlanSummary> plansToReview() {
        return plan.status() == PlanStatus.SUBMITTED
            ? List.of(new PlanSummary(1, PEGAWAI, "Pegawai", 2027, 1, PlanStatus.SUBMITTED, 0))
            : List.of();
      }

      @Override
      public PlanView returnPlan(long planId, long version, String reason) {
        calls.add("return " + MockPortal.actor().nip() + " " + reason);
        plan = with(PlanStatus.RETURNED, plan.results(), reason);
        return plan;
      }
    }

    /** Reading. */
    class Reading extends PlanReading {
      @Override
      public List<PlanView.ResultView> supportableResults(int year) {
        return List.of(
            new PlanView.ResultView(7, ResultKind.UTAMA, "RHK atasan", null, null, List.of(), 0));
      }

      @Override
      public List<CascadeNode> cascadeTree(int year) {
        CascadeNode staff =
            new CascadeNode(11, PEGAWAI, "Pegawai", ResultKind.UTAMA, "Cakupan K4 naik", List.of());
        return year == 2027
            ? List.of(
                new CascadeNode(
                    7, PENILAI, "Penilai", ResultKind.UTAMA, "Kesehatan ibu", List.of(staff)))
            : List.of();
      }

      @Override
      public PlanView plan(long planId) {
        return plan;
      }
    }

    PlanView with(PlanStatus status, List<PlanView.ResultView> results, String reason) {
      return new PlanView(
          1,
          PEGAWAI,
          "Pegawai",
          PENILAI,
          2027,
          1,
          status,
          reason,
          null,
          null,
          results,
          List.of(),
          plan.version() + 1);
    }
  }

  private final FakePlans plans = new FakePlans();

  private static void signInAs(String nip) {
    MockPortal.signIn(nip, Set.of("employee"));
  }

  @Test
  void theEmployeeAddsAnRhkSupportingTheSupervisorsRhkAndSeesRefusalsAsMessages() {
    signInAs(PEGAWAI);
    MyPlanView view = new MyPlanView(plans.drafting, plans.reading);
    UI.getCurrent().add(view);
    assertEquals("Draf", _get(Span.class, s -> s.withId("plan-status")).getText());
    _get(Paragraph.class, s -> s.withId("no-results"));
    assertEquals("/dokumen/skp/1.pdf", view.document.getHref());

    _get(TextField.class, s -> s.withId("result-text")).setValue("Pelayanan KIA");
    @SuppressWarnings("unchecked")
    ComboBox<PlanView.ResultView> supports = _get(ComboBox.class, s -> s.withId("result-supports"));
    supports.setValue(supports.getListDataView().getItem(0));
    _click(_get(Button.class, s -> s.withId("add-result")));
    assertEquals(List.of("add " + PEGAWAI + " 7"), plans.calls);
    _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("result-10"));

    _get(TextField.class, s -> s.withId("indicator-text-10")).setValue("Cakupan K4");
    _get(TextField.class, s -> s.withId("indicator-targets-10")).setValue("10, , 12");
    _click(_get(Button.class, s -> s.withId("add-indicator-10")));
    assertEquals("indicator 10 {1=10, 3=12}", plans.calls.get(1));

    _click(_get(Button.class, s -> s.withId("submit-plan")));
    assertTrue(_get(Button.class, s -> s.withId("submit-plan")).isVisible());
    assertFalse(view.revise.isVisible());
  }

  @Test
  void theSupervisorReturnsASubmittedPlanWithAReason() {
    plans.plan = plans.with(PlanStatus.SUBMITTED, List.of(), null);
    signInAs(PENILAI);
    PlanReviewView view = new PlanReviewView(plans.review, plans.reading);
    UI.getCurrent().add(view);
    assertEquals(1, GridKt._size(view.grid));
    view.grid.select(GridKt._get(view.grid, 0));
    assertEquals(
        "/dokumen/skp/1.pdf",
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("plan-document"))
            .getHref());
    _get(TextField.class, s -> s.withId("return-reason-input")).setValue("Target belum terukur");
    _click(_get(Button.class, s -> s.withId("return-plan")));
    assertEquals(List.of("return " + PENILAI + " Target belum terukur"), plans.calls);
    assertEquals(0, GridKt._size(view.grid));
  }

  @Test
  void theEmployeeChangesAndRemovesAnIkiOfADraft() {
    PlanView.IndicatorView iki =
        new PlanView.IndicatorView(
            20, "Cakupan K4", Aspect.KUANTITAS, "%", Map.of(1, "80", 3, "90"));
    plans.plan =
        plans.with(
            PlanStatus.DRAFT,
            List.of(
                new PlanView.ResultView(
                    10, ResultKind.UTAMA, "Pelayanan KIA", null, null, List.of(iki), 0)),
            null);
    signInAs(PEGAWAI);
    UI.getCurrent().add(new MyPlanView(plans.drafting, plans.reading));

    _click(_get(Button.class, s -> s.withId("change-indicator-20")));
    assertEquals(
        "80, , 90", _get(TextField.class, s -> s.withId("indicator-targets-10")).getValue());
    _get(TextField.class, s -> s.withId("indicator-text-10")).setValue("Cakupan K4 ibu hamil");
    _click(_get(Button.class, s -> s.withId("add-indicator-10")));
    _click(_get(Button.class, s -> s.withId("remove-indicator-20")));
    assertEquals(List.of("update 20 Cakupan K4 ibu hamil {1=80, 3=90}", "remove 20"), plans.calls);
  }

  @Test
  void anApprovedPlanOffersNoIkiChanges() {
    PlanView.IndicatorView iki =
        new PlanView.IndicatorView(20, "Cakupan K4", Aspect.KUANTITAS, "%", Map.of(1, "80"));
    plans.plan =
        plans.with(
            PlanStatus.APPROVED,
            List.of(
                new PlanView.ResultView(
                    10, ResultKind.UTAMA, "Pelayanan KIA", null, null, List.of(iki), 0)),
            null);
    signInAs(PEGAWAI);
    UI.getCurrent().add(new MyPlanView(plans.drafting, plans.reading));
    _get(com.vaadin.flow.component.html.ListItem.class, s -> s.withId("indicator-20"));
    assertTrue(
        com.github.mvysny.kaributesting.v10.LocatorJ._find(
                Button.class, s -> s.withId("change-indicator-20"))
            .isEmpty());
  }

  @Test
  void theCascadeTreeShowsEachRhkUnderTheRhkItSupports() {
    signInAs(PEGAWAI);
    CascadeView view = new CascadeView(plans.reading);
    UI.getCurrent().add(view);
    assertFalse(view.tree.isVisible());
    assertTrue(view.empty.isVisible());

    view.year.setValue(2027);
    assertTrue(view.tree.isVisible());
    assertEquals(2, GridKt._size(view.tree));
    CascadeNode root = GridKt._get(view.tree, 0);
    assertEquals("Kesehatan ibu", root.text());
    assertEquals("Cakupan K4 naik", GridKt._get(view.tree, 1).text());
    assertEquals(List.of(GridKt._get(view.tree, 1)), view.tree.getTreeData().getChildren(root));
  }

  @Test
  void targetsAreReadByPeriodFromACommaSeparatedList() {
    assertEquals(Map.of(1, "10", 2, "11", 4, "12"), IndicatorForm.parseTargets("10; 11, ,12"));
    assertEquals(
        "10, 11, , 12", IndicatorForm.formatTargets(IndicatorForm.parseTargets("10; 11, ,12")));
    assertTrue(IndicatorForm.parseTargets(" ").isEmpty());
  }
}
