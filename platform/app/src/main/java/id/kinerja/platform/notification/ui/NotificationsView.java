package id.kinerja.platform.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.notification.service.NoticeView;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The caller's notices, newest first, each to open or mark read; or all marked read at once. */
@Route("notifikasi")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient NotificationService notifications;
  private final ZoneId zone;

  final Grid<NoticeView> grid = new Grid<>();
  final Button readAll = new Button();

  /** Builds the view for the caller. */
  @Inject
  public NotificationsView(NotificationService notifications, TenantRegistry registry) {
    this.notifications = notifications;
    this.zone = registry.current().timeZone();

    grid.setId("notifications");
    grid.addColumn(n -> TIME.format(n.createdAt().atZoneSameInstant(zone)))
        .setHeader(getTranslation("notification.time"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::message)
        .setKey("message")
        .setHeader(getTranslation("notification.message"));
    grid.addComponentColumn(this::markButton).setKey("read").setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);

    readAll.setText(getTranslation("notification.readAll"));
    readAll.setId("notifications-read-all");
    readAll.addClickListener(e -> act(() -> notifications.markAllRead()));

    add(new H2(getTranslation("notification.title")), readAll, grid);
    refresh();
  }

  private Div message(NoticeView notice) {
    boolean english = "en".equals(getLocale().getLanguage());
    Span subject = new Span(notice.text(english).subject());
    if (!notice.read()) {
      subject.getStyle().set("font-weight", "bold");
    }
    // The stored link is absolute (for email); in the portal, its path stays on this host.
    Anchor open =
        new Anchor(URI.create(notice.link()).getPath(), getTranslation("notification.open"));
    Div body = new Div(notice.text(english).body() + " ");
    body.add(open);
    Div message = new Div(subject, body);
    message.getStyle().set("white-space", "normal");
    return message;
  }

  private Button markButton(NoticeView notice) {
    Button mark = new Button(getTranslation("notification.markRead"));
    mark.setId("notification-read-" + notice.id());
    mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
    mark.setEnabled(!notice.read());
    mark.addClickListener(e -> act(() -> notifications.markRead(notice.id())));
    return mark;
  }

  private void act(Runnable change) {
    try {
      change.run();
    } catch (RuleViolation e) {
      Refusals.show(e);
    }
    refresh();
    getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadChanged(ui)));
  }

  private void refresh() {
    grid.setItems(notifications.mine());
    readAll.setEnabled(notifications.unreadCount() > 0);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notification.title") + " · Kinerja";
  }
}
