package id.kinerja.platform.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.survey.domain.SkmIndex;
import id.kinerja.platform.survey.service.SkmService;
import id.kinerja.platform.survey.service.UnitIndex;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.Locale;

/**
 * The admin's overview of the citizen-satisfaction survey: per unit the public page, the IKM of a
 * year with its mutu pelayanan, the respondents, and the printable poster with the page's QR code.
 */
@Route("admin/survei")
@RolesAllowed("admin")
public class SurveyAdminView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  final Grid<UnitIndex> grid = new Grid<>();
  final IntegerField year = new IntegerField();
  private final SkmService skm;

  /** Shows the current year. */
  @Inject
  public SurveyAdminView(SkmService skm) {
    this.skm = skm;
    add(new H2(getTranslation("survey.title")));
    add(new Paragraph(getTranslation("survey.intro")));
    year.setId("survey-year");
    year.setLabel(getTranslation("survey.year"));
    year.setStepButtonsVisible(true);
    year.setValue(Year.now().getValue());
    year.addValueChangeListener(e -> refresh());
    grid.setId("survey-units");
    grid.addColumn(UnitIndex::unitName).setHeader(getTranslation("survey.unit")).setFlexGrow(2);
    grid.addComponentColumn(
            u -> {
              Anchor link = new Anchor(u.publicLink(), u.publicLink());
              link.setTarget("_blank");
              return link;
            })
        .setHeader(getTranslation("survey.link"))
        .setKey("link")
        .setFlexGrow(2);
    grid.addColumn(u -> ikm(u.index())).setHeader("IKM");
    grid.addColumn(u -> quality(u.index())).setHeader(getTranslation("survey.quality"));
    grid.addColumn(u -> u.index().respondents()).setHeader(getTranslation("survey.respondents"));
    grid.addComponentColumn(this::posterLink).setKey("poster");
    grid.setAllRowsVisible(true);
    add(year, grid);
    refresh();
  }

  private Anchor posterLink(UnitIndex unit) {
    Anchor poster =
        new Anchor(
            SurveyPageServlet.PATH.substring(1) + unit.unitCode() + "/poster.pdf",
            getTranslation("survey.poster"));
    poster.setId("poster-" + unit.unitCode());
    poster.getElement().setAttribute("download", SkmService.posterFileName(unit.unitCode()));
    poster.getElement().setAttribute("router-ignore", true);
    return poster;
  }

  private void refresh() {
    if (year.getValue() != null) {
      grid.setItems(skm.units(year.getValue()));
    }
  }

  static String ikm(SkmIndex index) {
    return index.ikm() == null ? "–" : String.format(Locale.ROOT, "%.2f", index.ikm());
  }

  private String quality(SkmIndex index) {
    return index.quality() == null
        ? "–"
        : getTranslation("survey.quality." + index.quality().name());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("survey.title") + " · Kinerja";
  }
}
