package id.kinerja.platform.shell.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browserless portal for view tests ({@code @ExtendWith(MockPortal.class)}): a mocked Vaadin UI
 * in Bahasa Indonesia for each test, and a signed-in caller by NIP and roles.
 */
public class MockPortal implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    MockVaadin.setup();
    UI.getCurrent().setLocale(Languages.INDONESIAN);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    MockVaadin.tearDown();
  }

  /** Signs the caller in as {@code nip} with these roles (e.g. "employee", "admin"). */
  public static void signIn(String nip, Set<String> roles) {
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(() -> nip);
    request.setUserInRole((principal, role) -> roles.contains(role));
  }
}
