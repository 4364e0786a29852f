package id.kinerja.platform.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.shell.ui.HeaderItem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/** Puts the notification bell in the portal header for a signed-in caller. */
@Dependent
public class BellHeaderItem implements HeaderItem {

  @Inject NotificationService notifications;

  @Override
  public Optional<Component> create() {
    VaadinRequest request = VaadinRequest.getCurrent();
    Principal caller = request == null ? null : request.getUserPrincipal();
    return caller == null
        ? Optional.empty()
        : Optional.of(new NotificationBell(notifications, caller.getName()));
  }
}
