package id.kinerja.platform.shell.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browserless portal for view tests ({@code @ExtendWith(MockPortal.class)}): a mocked Vaadin UI
 * in Bahasa Indonesia for each test, and a signed-in caller by NIP and roles.
 */
public class MockPortal implements BeforeEachCallback, AfterEachCallback {

  /** The region view tests run in. */
  public static final String REGION = "kupang";

  private static Actor actor = Actor.of(REGION, null);

  @Override
  public void beforeEach(ExtensionContext context) {
    actor = Actor.of(REGION, null);
    MockVaadin.setup();
    UI.getCurrent().setLocale(Languages.INDONESIAN);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    MockVaadin.tearDown();
  }

  /** Signs the caller in as {@code nip} with these roles (e.g. "employee", "admin"). */
  public static void signIn(String nip, Set<String> roles) {
    actor.bind(new Caller(REGION, "", nip, nip, roles));
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(() -> nip);
    request.setUserInRole((principal, role) -> roles.contains(role));
  }

  /**
   * The acting person of the test, for views that take an {@link Actor}: anonymous until {@link
   * #signIn}, then the signed-in caller (the same object, so a view built before sees it too).
   */
  public static Actor actor() {
    return actor;
  }
}
