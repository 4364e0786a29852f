package id.kinerja.platform.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.domain.NoticeTemplates;
import id.kinerja.platform.notification.service.NoticeView;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Languages;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header bell and the notice list, browserless, over in-memory notices. */
class NotificationViewsTest {

  private static final String NIP = "199308312022062032";

  /** Two notices of the caller in memory, newest first. */
  static class FakeNotifications extends NotificationService {
    final List<NoticeView> notices = new ArrayList<>();
    final Actor acting;

    FakeNotifications(Actor acting) {
      this.acting = acting;
      notices.add(notice(2, NoticeKind.PLAN_APPROVED, Map.of("year", "2030", "appraiser", "S")));
      notices.add(notice(1, NoticeKind.PLAN_RETURNED, Map.of("year", "2030", "reason", "Kurang")));
    }

    @Override
    public List<NoticeView> mine() {
      return acting.isAuthenticated() && acting.nip().equals(NIP)
          ? List.copyOf(notices)
          : List.of();
    }

    @Override
    public long unreadCount() {
      return mine().stream().filter(n -> !n.read()).count();
    }

    @Override
    public NoticeView markRead(long noticeId) {
      for (int i = 0; i < notices.size(); i++) {
        NoticeView n = notices.get(i);
        if (n.id() == noticeId && acting.nip().equals(NIP)) {
          NoticeView read =
              new NoticeView(
                  n.id(), n.kind(), n.indonesian(), n.english(), n.link(), n.createdAt(), NOW);
          notices.set(i, read);
          return read;
        }
      }
      throw RuleViolation.notFound();
    }

    @Override
    public int markAllRead() {
      int unread = (int) unreadCount();
      notices.stream().filter(n -> !n.read()).toList().forEach(n -> markRead(n.id()));
      return unread;
    }
  }

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2030, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private static NoticeView notice(long id, NoticeKind kind, Map<String, String> params) {
    return new NoticeView(
        id,
        kind,
        NoticeTemplates.indonesian(kind, params),
        NoticeTemplates.english(kind, params),
        "https://lampung.localhost/skp",
        NOW.minusHours(id),
        null);
  }

  /** The region of the request: Lampung from the real tenants-config. */
  static class LampungRegistry extends TenantRegistry {
    @Override
    public TenantDefinition current() {
      return TenantsConfig.at(Path.of("../../tenants-config").toAbsolutePath()).tenants().stream()
          .filter(t -> t.code().equals("lampung"))
          .findFirst()
          .orElseThrow();
    }
  }

  private FakeNotifications notifications;
  private Actor actor;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    UI.getCurrent().setLocale(Languages.INDONESIAN);
    actor = Actor.of("lampung", null);
    notifications = new FakeNotifications(actor);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private void signIn() {
    actor.bind(new Caller("lampung", "", NIP, NIP, Set.of("employee")));
  }

  private Button bell() {
    BellHeaderItem item = new BellHeaderItem();
    item.notifications = notifications;
    item.actor = actor;
    Button bell = (Button) item.create().orElseThrow();
    UI.getCurrent().add(bell);
    return bell;
  }

  @Test
  void theBellShowsTheCallersUnreadCount() {
    signIn();
    bell();
    assertEquals("2", _get(Button.class, spec -> spec.withId("notifications-bell")).getText());
  }

  @Test
  void noBellWithoutASignedInCaller() {
    BellHeaderItem item = new BellHeaderItem();
    item.notifications = notifications;
    item.actor = actor;
    assertTrue(item.create().isEmpty());
  }

  @Test
  void theListShowsNewestFirstAndMarkingReadUpdatesTheBell() {
    signIn();
    Button bell = bell();
    NotificationsView view = new NotificationsView(notifications, new LampungRegistry());
    UI.getCurrent().add(view);
    assertEquals(2, GridKt._size(view.grid));
    Div newest = (Div) GridKt._getCellComponent(view.grid, 0, "message");
    assertTrue(newest.getElement().getTextRecursively().startsWith("SKP 2030 Anda disetujui"));
    assertEquals(
        "/skp",
        newest
            .getChildren()
            .toList()
            .get(1)
            .getChildren()
            .filter(Anchor.class::isInstance)
            .map(a -> ((Anchor) a).getHref())
            .findFirst()
            .orElseThrow());

    _click((Button) GridKt._getCellComponent(view.grid, 1, "read"));
    assertEquals("1", bell.getText());
    assertFalse(((Button) GridKt._getCellComponent(view.grid, 1, "read")).isEnabled());

    _click(view.readAll);
    assertEquals("0", bell.getText());
    assertFalse(view.readAll.isEnabled());
  }

  @Test
  void englishTextsForAnEnglishCaller() {
    UI.getCurrent().setLocale(Languages.ENGLISH);
    signIn();
    NotificationsView view = new NotificationsView(notifications, new LampungRegistry());
    UI.getCurrent().add(view);
    Div newest = (Div) GridKt._getCellComponent(view.grid, 0, "message");
    assertTrue(
        newest
            .getElement()
            .getTextRecursively()
            .startsWith("Your plan (SKP) for 2030 was approved"),
        newest.getElement()::getTextRecursively);
  }
}
