package id.kinerja.platform.security.service;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The small answers the authentication mechanism writes itself: a bilingual page (Bahasa Indonesia
 * first, English second) for login problems, and a JSON error for the API. Never a stack trace.
 */
final class ResponsePages {

  private ResponsePages() {}

  /** A login problem, in both languages, with a way to try again. */
  static void errorPage(
      HttpServletResponse response,
      int status,
      String contextPath,
      String titleId,
      String messageId,
      String titleEn,
      String messageEn)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    noStore(response);
    response.setContentType("text/html;charset=UTF-8");
    String login = escape(contextPath + OidcAuthenticationMechanism.LOGIN_PATH);
    String home = escape(contextPath + "/");
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>%1$s</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a2b3c}</style>
            </head><body>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="%5$s">Masuk lagi</a> · <a href="%6$s">Halaman utama</a></p>
            <h2 lang="en">%3$s</h2>
            <p lang="en">%4$s</p>
            <p lang="en"><a href="%5$s">Log in again</a> · <a href="%6$s">Home page</a></p>
            </body></html>
            """
                .formatted(
                    escape(titleId),
                    escape(messageId),
                    escape(titleEn),
                    escape(messageEn),
                    login,
                    home));
    response.flushBuffer();
  }

  /** An API error: {@code {"error": code, "message": "<id> / <en>"}}. */
  static void jsonError(
      HttpServletResponse response, int status, String code, String messageId, String messageEn)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    noStore(response);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"error\":\""
                + json(code)
                + "\",\"message\":\""
                + json(messageId + " / " + messageEn)
                + "\"}");
    response.flushBuffer();
  }

  /** Forbids caching an authentication answer. */
  static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
