package id.kinerja.platform.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The frame of every portal page: the region's name, navigation, language and logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

  private static final long serialVersionUID = 1L;

  /** Builds the frame for the current region and actor, without feature header items. */
  public MainLayout(TenantRegistry registry, Actor actor) {
    this(registry, actor, List.<HeaderItem>of());
  }

  /** Builds the frame for the current region and actor, with the features' header items. */
  @Inject
  public MainLayout(TenantRegistry registry, Actor actor, Instance<HeaderItem> headerItems) {
    this(registry, actor, (Iterable<HeaderItem>) headerItems);
  }

  private MainLayout(TenantRegistry registry, Actor actor, Iterable<HeaderItem> headerItems) {
    H1 title = new H1(registry.current().name());
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    title.setId("region-name");

    Select<Locale> language = new Select<>();
    language.setId("language");
    language.setItems(Languages.ALL);
    language.setItemLabelGenerator(
        l -> l.getLanguage().equals("id") ? "Bahasa Indonesia" : "English");
    language.setValue(
        Languages.ALL.stream()
            .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
            .findFirst()
            .orElse(Languages.INDONESIAN));
    language.setAriaLabel(getTranslation("lang.label"));
    language.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            Languages.choose(getUI().orElseThrow(), e.getValue());
          }
        });

    Anchor logout = new Anchor("/oidc/logout", getTranslation("nav.logout"));
    logout.setId("logout");
    logout.setRouterIgnore(true);

    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
    headerItems.forEach(item -> item.create().ifPresent(header::add));
    header.add(language, logout);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.setWidthFull();
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(header);

    SideNav nav = new SideNav();
    // The employee's own cycle, then the pejabat penilai's and atasan's work on their team.
    nav.addItem(new SideNavItem(getTranslation("nav.home"), ""));
    nav.addItem(new SideNavItem(getTranslation("nav.plan"), "skp"));
    nav.addItem(new SideNavItem(getTranslation("nav.realisation"), "realisasi"));
    nav.addItem(new SideNavItem(getTranslation("nav.myRatings"), "penilaian/saya"));
    nav.addItem(new SideNavItem(getTranslation("nav.dialogue"), "dialog"));
    nav.addItem(new SideNavItem(getTranslation("nav.development"), "pengembangan"));
    nav.addItem(new SideNavItem(getTranslation("nav.feedback"), "umpan-balik"));
    nav.addItem(new SideNavItem(getTranslation("nav.feedbackResults"), "umpan-balik/hasil"));
    nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "dasbor"));
    nav.addItem(new SideNavItem(getTranslation("nav.cascade"), "skp/kaskade"));
    nav.addItem(new SideNavItem(getTranslation("nav.teamRealisation"), "realisasi/tim"));
    nav.addItem(new SideNavItem(getTranslation("nav.ratings"), "penilaian"));
    nav.addItem(new SideNavItem(getTranslation("nav.objections"), "keberatan"));
    nav.addItem(new SideNavItem(getTranslation("nav.calibration"), "kalibrasi"));
    if (actor.isAdmin()) {
      nav.addItem(new SideNavItem(getTranslation("nav.employees"), "admin/pegawai"));
      nav.addItem(new SideNavItem(getTranslation("nav.units"), "admin/unit"));
      nav.addItem(new SideNavItem(getTranslation("nav.import"), "admin/impor"));
      nav.addItem(new SideNavItem(getTranslation("nav.periods"), "admin/periode"));
      nav.addItem(new SideNavItem(getTranslation("nav.plugins"), "admin/plugin"));
      nav.addItem(new SideNavItem(getTranslation("nav.survey"), "admin/survei"));
      nav.addItem(new SideNavItem(getTranslation("nav.indicatorData"), "admin/data-indikator"));
      nav.addItem(
          new SideNavItem(getTranslation("nav.trainingCatalog"), "admin/katalog-pelatihan"));
    }
    addToDrawer(new Span(getTranslation("app.region")), nav);
  }
}
