package id.kinerja.platform.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Sets every UI up: its language, and access control on every view (annotations on the views
 * decide; an anonymous visitor is sent to the region's login, a full page load handled by the
 * authentication mechanism).
 */
@ApplicationScoped
public class PortalInit {

  /** Where anonymous visitors are sent; the authentication mechanism answers it. */
  public static final String LOGIN_URL = "/oidc/login";

  void init(@Observes ServiceInitEvent event) {
    NavigationAccessControl accessControl = new NavigationAccessControl();
    accessControl.setLoginView(LOGIN_URL);
    event
        .getSource()
        .addUIInitListener(
            ui -> {
              ui.getUI().addBeforeEnterListener(accessControl);
              Locale locale = Languages.of(VaadinRequest.getCurrent());
              ui.getUI().getSession().setLocale(locale);
              ui.getUI().setLocale(locale);
            });
  }
}
