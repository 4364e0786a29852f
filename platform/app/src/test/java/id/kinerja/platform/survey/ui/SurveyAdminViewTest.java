package id.kinerja.platform.survey.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shell.ui.MockPortal;
import id.kinerja.platform.survey.domain.ServiceQuality;
import id.kinerja.platform.survey.domain.SkmIndex;
import id.kinerja.platform.survey.service.SkmService;
import id.kinerja.platform.survey.service.UnitIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's survey overview, browserless. */
@ExtendWith(MockPortal.class)
class SurveyAdminViewTest {

  private static final String ADMIN = "199203172014011012";
  private static final String LINK = "https://banyumanik.localhost/survei/kel-padangsari";

  /** Two units: one with responses, one without; remembers who asked for which year. */
  static class FakeSkm extends SkmService {
    final List<String> asked = new ArrayList<>();

    @Override
    public List<UnitIndex> units(int year) {
      Actor actor = MockPortal.actor();
      asked.add(actor.nip() + ":" + actor.isAdmin() + ":" + year);
      return List.of(
          new UnitIndex(
              "kel-padangsari",
              "Kelurahan Padangsari",
              LINK,
              new SkmIndex(
                  12,
                  Map.of("waktu", new BigDecimal("3.20")),
                  new BigDecimal("80.56"),
                  ServiceQuality.B)),
          new UnitIndex(
              "kel-pudakpayung",
              "Kelurahan Pudakpayung",
              "https://banyumanik.localhost/survei/kel-pudakpayung",
              new SkmIndex(0, Map.of(), null, null)));
    }
  }

  private FakeSkm skm;
  private SurveyAdminView view;

  @BeforeEach
  void setUp() {
    MockPortal.signIn(ADMIN, Set.of("employee", "admin"));
    skm = new FakeSkm();
    view = new SurveyAdminView(skm);
    UI.getCurrent().add(view);
  }

  @Test
  void eachUnitShowsItsIkmMutuAndRespondentsOrDashesWithoutResponses() {
    assertEquals(2, GridKt._size(view.grid));
    List<String> first = GridKt._getFormattedRow(view.grid, 0);
    assertTrue(first.contains("Kelurahan Padangsari"), first::toString);
    assertTrue(first.contains("80.56"), first::toString);
    assertTrue(first.contains("B (Baik)"), first::toString);
    assertTrue(first.contains("12"), first::toString);
    List<String> second = GridKt._getFormattedRow(view.grid, 1);
    assertTrue(second.contains("–"), second::toString);
    assertTrue(second.contains("0"), second::toString);
  }

  @Test
  void theAdminAsksAsAdminForTheChosenYear() {
    view.year.setValue(2039);
    assertEquals(ADMIN + ":true:2039", skm.asked.get(skm.asked.size() - 1));
  }

  @Test
  void eachUnitOffersItsPublicLinkAndPosterDownload() {
    Anchor link = (Anchor) GridKt._getCellComponent(view.grid, 0, "link");
    assertEquals(LINK, link.getHref());
    Anchor poster = (Anchor) GridKt._getCellComponent(view.grid, 0, "poster");
    assertEquals("survei/kel-padangsari/poster.pdf", poster.getHref());
    assertEquals("Unduh poster", poster.getText());
  }
}
