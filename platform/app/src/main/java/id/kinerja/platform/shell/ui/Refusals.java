package id.kinerja.platform.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How every view answers a {@link RuleViolation}: the message in the user's language, in an error
 * notice, with nothing else changed. The REST API's counterpart is {@code ApiExceptionMapper}.
 */
public final class Refusals {

  /** How long an error notice stays, in milliseconds. */
  static final int DURATION = 6000;

  private Refusals() {}

  /** The id of the error notice, for tests that look for it. */
  public static final String NOTICE_ID = "error";

  /** Shows {@code message} as an error notice. */
  public static void show(String message) {
    Notification notice = Notification.show(message, DURATION, Notification.Position.MIDDLE);
    notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notice.setId(NOTICE_ID);
  }

  /** Shows the refusal in the current UI's language. */
  public static void show(RuleViolation refusal) {
    UI ui = UI.getCurrent();
    show(refusal.message(ui == null ? Locale.forLanguageTag("id") : ui.getLocale()));
  }

  /** Runs {@code action}; a refusal is shown and gives empty instead. */
  public static <T> Optional<T> attempt(Supplier<T> action) {
    try {
      return Optional.ofNullable(action.get());
    } catch (RuleViolation refusal) {
      show(refusal);
      return Optional.empty();
    }
  }
}
