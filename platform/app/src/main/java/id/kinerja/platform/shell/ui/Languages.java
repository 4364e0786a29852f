package id.kinerja.platform.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The portal's languages: Bahasa Indonesia first, English second, remembered in a cookie. */
public final class Languages {

  /** Bahasa Indonesia, the default. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** The languages offered, in the order shown. */
  public static final List<Locale> ALL = List.of(INDONESIAN, ENGLISH);

  static final String COOKIE = "kinerja-lang";

  private Languages() {}

  /** The language the request asks for by cookie, Indonesian otherwise. */
  public static Locale of(VaadinRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies == null) {
      return INDONESIAN;
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(c -> Locale.forLanguageTag(c.getValue()))
        .filter(l -> ALL.stream().anyMatch(a -> a.getLanguage().equals(l.getLanguage())))
        .findFirst()
        .orElse(INDONESIAN);
  }

  /** Switches the UI to {@code locale} and remembers the choice. */
  public static void choose(UI ui, Locale locale) {
    ui.getSession().setLocale(locale);
    ui.setLocale(locale);
    VaadinResponse response = VaadinService.getCurrentResponse();
    if (response != null) {
      Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
      cookie.setPath("/");
      cookie.setMaxAge(60 * 60 * 24 * 365);
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
    ui.getPage().reload();
  }
}
