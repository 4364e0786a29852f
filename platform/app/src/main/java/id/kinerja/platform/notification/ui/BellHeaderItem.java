package id.kinerja.platform.notification.ui;

import com.vaadin.flow.component.Component;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shell.ui.HeaderItem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** Puts the notification bell in the portal header for a signed-in caller. */
@Dependent
public class BellHeaderItem implements HeaderItem {

  @Inject NotificationService notifications;
  @Inject Actor actor;

  @Override
  public Optional<Component> create() {
    return actor.isAuthenticated()
        ? Optional.of(new NotificationBell(notifications))
        : Optional.empty();
  }
}
