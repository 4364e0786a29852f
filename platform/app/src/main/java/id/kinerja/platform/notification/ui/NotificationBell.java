package id.kinerja.platform.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import id.kinerja.platform.notification.service.NotificationService;

/**
 * The header's bell: the caller's unread count, counted again after every navigation and when
 * notices are read; a click opens the notice list.
 */
public class NotificationBell extends Button implements AfterNavigationObserver {

  private static final long serialVersionUID = 1L;

  private final transient NotificationService notifications;
  private Registration unreadChanged;

  /** The bell of the acting person. */
  public NotificationBell(NotificationService notifications) {
    this.notifications = notifications;
    setId("notifications-bell");
    setIcon(VaadinIcon.BELL.create());
    addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    refresh();
  }

  /** Counts the unread notices again. */
  void refresh() {
    long unread = notifications.unreadCount();
    setText(String.valueOf(unread));
    setAriaLabel(getTranslation("notification.bell", unread));
    setTooltipText(getTranslation("notification.bell", unread));
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    unreadChanged =
        ComponentUtil.addListener(attachEvent.getUI(), UnreadChanged.class, e -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (unreadChanged != null) {
      unreadChanged.remove();
      unreadChanged = null;
    }
    super.onDetach(detachEvent);
  }
}
