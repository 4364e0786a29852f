package id.kinerja.platform.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal frame, rendered browserless for the real seed regions. */
class MainLayoutTest {

  private static TenantRegistry registry;

  @BeforeEach
  void setUp() throws Exception {
    MockVaadin.setup();
    UI.getCurrent().setLocale(Languages.INDONESIAN);
    if (registry == null) {
      registry = registryOf(Path.of("../../tenants-config"));
    }
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private static Actor actor;

  private static void signInWith(Set<String> roles) {
    actor = Actor.of("kupang", new Caller("kupang", "", "199001202015031002", "", roles));
  }

  @Test
  void frameShowsTheRegionOfTheRequest() throws Exception {
    signInWith(Set.of("employee"));
    MainLayout layout = new MainLayout(inRegion("kupang"), actor);
    UI.getCurrent().add(layout);
    assertEquals(
        "Pemerintah Kota Kupang", _get(H1.class, spec -> spec.withId("region-name")).getText());
    assertEquals("/oidc/logout", _get(Anchor.class, spec -> spec.withId("logout")).getHref());
  }

  /** The pengelola kinerja's pages, in their order, after everyone's pages. */
  private static final List<String> ADMIN_ITEMS =
      List.of(
          "Pegawai",
          "Struktur organisasi",
          "Impor data",
          "Periode penilaian",
          "Plugin",
          "Survei Kepuasan Masyarakat",
          "Data indikator",
          "Katalog pelatihan");

  @Test
  void adminNavigationOnlyForAdmins() throws Exception {
    signInWith(Set.of("employee"));
    UI.getCurrent().add(new MainLayout(inRegion("kupang"), actor));
    List<String> employee = labels();
    assertEquals(List.of("Beranda", "SKP saya"), employee.subList(0, 2));
    assertTrue(employee.stream().noneMatch(ADMIN_ITEMS::contains), employee.toString());

    UI.getCurrent().removeAll();
    signInWith(Set.of("employee", "admin"));
    UI.getCurrent().add(new MainLayout(inRegion("kupang"), actor));
    List<String> admin = labels();
    int everyone = admin.size() - ADMIN_ITEMS.size();
    assertEquals(employee, admin.subList(0, everyone));
    assertEquals(ADMIN_ITEMS, admin.subList(everyone, admin.size()));
  }

  @Test
  void englishIsTheSecondLanguage() throws Exception {
    UI.getCurrent().setLocale(Languages.ENGLISH);
    signInWith(Set.of("employee", "admin"));
    UI.getCurrent().add(new MainLayout(inRegion("tanjungbalai"), actor));
    List<String> labels = labels();
    assertEquals(List.of("Home", "My SKP"), labels.subList(0, 2));
    assertEquals(
        List.of(
            "Employees",
            "Organisation",
            "Import data",
            "Evaluation periods",
            "Plugins",
            "Citizen satisfaction survey",
            "Indicator data",
            "Training catalog"),
        labels.subList(labels.size() - ADMIN_ITEMS.size(), labels.size()));
  }

  private static List<String> labels() {
    return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
  }

  /** The real registry over the real tenants-config, without a CDI container. */
  private static TenantRegistry inRegion(String code) throws Exception {
    set(registry, "currentRegion", CurrentRegion.of(code));
    return registry;
  }

  private static TenantRegistry registryOf(Path tenantsDir) throws Exception {
    PlatformConfig config = new PlatformConfig();
    set(config, "tenantsDir", tenantsDir.toString());
    set(config, "baseDomain", "localhost");
    TenantRegistry registry = new TenantRegistry();
    set(registry, "config", config);
    Method load = TenantRegistry.class.getDeclaredMethod("load");
    load.setAccessible(true);
    load.invoke(registry);
    return registry;
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
