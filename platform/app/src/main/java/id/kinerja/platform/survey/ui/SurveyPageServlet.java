package id.kinerja.platform.survey.ui;

import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.survey.service.CitizenSurvey;
import id.kinerja.platform.survey.service.SkmService;
import id.kinerja.platform.survey.service.Submission;
import id.kinerja.platform.survey.service.SubmitOutcome;
import id.kinerja.platform.survey.service.SurveyForm;
import id.kinerja.platform.survey.service.SurveySettings;
import id.kinerja.platform.survey.ui.SurveyPages.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public survey page of a service unit at {@code /survei/<unitCode>}, reached by the QR code of
 * its poster: no account, the region from the host name. GET shows the form, POST stores the
 * answers and thanks; a robot, a device over its hourly limit or a flood is refused (429 for the
 * limits), an unknown unit gets 404, never a stack trace. {@code /survei/<unitCode>/poster.pdf}
 * gives the region's admin the unit's printable poster.
 */
@WebServlet(urlPatterns = SurveyPageServlet.PATH + "*")
public class SurveyPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(SurveyPageServlet.class.getName());

  /** Where the survey pages live. */
  public static final String PATH = "/survei/";

  private static final Pattern UNIT = Pattern.compile("/([A-Za-z0-9._-]{1,64})");
  private static final Pattern POSTER = Pattern.compile("/([A-Za-z0-9._-]{1,64})/poster\\.pdf");

  @Inject transient CitizenSurvey survey;
  @Inject transient SkmService skm;
  @Inject transient Actor actor;
  @Inject transient SurveySettings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = String.valueOf(request.getPathInfo());
    Matcher poster = POSTER.matcher(path);
    if (poster.matches()) {
      poster(poster.group(1), request, response);
      return;
    }
    Language lang = language(request);
    Matcher unit = UNIT.matcher(path);
    if (!unit.matches()) {
      notFound(response, lang);
      return;
    }
    try {
      SurveyForm form = survey.form(unit.group(1));
      send(
          response, HttpServletResponse.SC_OK, SurveyPages.form(form, action(request, unit), lang));
    } catch (RuleViolation e) {
      refused(response, e, null, lang);
    } catch (RuntimeException e) {
      failed(response, e, lang);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Language lang = language(request);
    Matcher unit = UNIT.matcher(String.valueOf(request.getPathInfo()));
    if (!unit.matches()) {
      notFound(response, lang);
      return;
    }
    String back = action(request, unit) + (lang.english() ? "?lang=en" : "");
    Map<String, String> values = new HashMap<>();
    request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
    Long employee;
    try {
      String chosen = values.get(SurveyPages.EMPLOYEE);
      employee = chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen.strip());
    } catch (NumberFormatException e) {
      employee = -1L;
    }
    Submission submission =
        new Submission(
            values.get(SurveyPages.TOKEN),
            values.get(SurveyPages.HONEYPOT),
            employee,
            values,
            settings.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    SubmitOutcome outcome;
    try {
      outcome = survey.submit(unit.group(1), submission);
    } catch (RuleViolation e) {
      refused(response, e, back, lang);
      return;
    } catch (RuntimeException e) {
      failed(response, e, lang);
      return;
    }
    answer(response, outcome, back, lang);
  }

  private static void answer(
      HttpServletResponse response, SubmitOutcome outcome, String back, Language lang)
      throws IOException {
    switch (outcome) {
      case ACCEPTED ->
          send(
              response,
              HttpServletResponse.SC_OK,
              SurveyPages.message(
                  lang.t("Terima kasih!", "Thank you!"),
                  lang.t(
                      "Tanggapan Anda telah kami terima dan membantu kami memperbaiki pelayanan.",
                      "We have received your response; it helps us improve our service."),
                  null,
                  lang));
      case DEVICE_LIMIT -> {
        response.setHeader("Retry-After", "3600");
        send(
            response,
            429,
            SurveyPages.message(
                lang.t("Batas tanggapan tercapai", "Response limit reached"),
                lang.t(
                    "Anda sudah mengirim cukup banyak tanggapan untuk unit ini dalam satu jam"
                        + " terakhir. Silakan coba lagi satu jam lagi.",
                    "You have already sent the most responses for this unit in the last hour."
                        + " Please try again in an hour."),
                null,
                lang));
      }
      case UNIT_FLOOD -> {
        response.setHeader("Retry-After", "120");
        send(
            response,
            429,
            SurveyPages.message(
                lang.t("Sedang ramai", "Busy right now"),
                lang.t(
                    "Terlalu banyak tanggapan untuk unit ini saat ini. Silakan coba lagi beberapa"
                        + " menit lagi.",
                    "Too many responses for this unit right now. Please try again in a few"
                        + " minutes."),
                back,
                lang));
      }
      case TOO_FAST ->
          send(
              response,
              HttpServletResponse.SC_BAD_REQUEST,
              SurveyPages.message(
                  lang.t("Terlalu cepat", "Too fast"),
                  lang.t(
                      "Formulir dikirim terlalu cepat. Silakan isi kembali formulir dengan tenang.",
                      "The form was sent too fast. Please fill it in again calmly."),
                  back,
                  lang));
      case EXPIRED ->
          send(
              response,
              HttpServletResponse.SC_BAD_REQUEST,
              SurveyPages.message(
                  lang.t("Formulir kedaluwarsa", "Form expired"),
                  lang.t(
                      "Formulir ini sudah terlalu lama dibuka. Silakan isi formulir yang baru.",
                      "This form was opened too long ago. Please fill in a new one."),
                  back,
                  lang));
      case REFUSED ->
          send(
              response,
              HttpServletResponse.SC_BAD_REQUEST,
              SurveyPages.message(
                  lang.t("Tidak dapat diterima", "Not accepted"),
                  lang.t(
                      "Formulir tidak dapat diterima. Silakan muat ulang halaman dan isi kembali.",
                      "The form cannot be accepted. Please reload the page and fill it in again."),
                  back,
                  lang));
    }
  }

  /** The unit's poster for the region's admin signed in to the portal. */
  private void poster(String unitCode, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!actor.isAuthenticated()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    byte[] pdf;
    try {
      pdf = skm.poster(unitCode);
    } catch (RuleViolation e) {
      response.sendError(
          e.kind() == RuleViolation.Kind.FORBIDDEN
              ? HttpServletResponse.SC_FORBIDDEN
              : HttpServletResponse.SC_NOT_FOUND,
          e.message(request.getLocale()));
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + SkmService.posterFileName(unitCode) + "\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private static void refused(
      HttpServletResponse response, RuleViolation e, String back, Language lang)
      throws IOException {
    if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
      notFound(response, lang);
      return;
    }
    send(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        SurveyPages.message(
            lang.t("Belum lengkap", "Not complete"),
            lang.t(e.messageId(), e.messageEn()),
            back,
            lang));
  }

  private static void notFound(HttpServletResponse response, Language lang) throws IOException {
    send(
        response,
        HttpServletResponse.SC_NOT_FOUND,
        SurveyPages.message(
            lang.t("Tidak ditemukan", "Not found"),
            lang.t(
                "Halaman survei untuk unit ini tidak ditemukan. Periksa kembali kode QR atau"
                    + " alamatnya.",
                "There is no survey page for this unit. Please check the QR code or the"
                    + " address."),
            null,
            lang));
  }

  private static void failed(HttpServletResponse response, RuntimeException e, Language lang)
      throws IOException {
    LOG.log(Level.SEVERE, "Survey page failed", e);
    send(
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        SurveyPages.message(
            lang.t("Gangguan", "Unavailable"),
            lang.t(
                "Maaf, halaman survei sedang mengalami gangguan. Silakan coba lagi nanti.",
                "Sorry, the survey page is not working right now. Please try again later."),
            null,
            lang));
  }

  private static Language language(HttpServletRequest request) {
    return new Language("en".equals(request.getParameter(SurveyPages.LANG)));
  }

  private static String action(HttpServletRequest request, Matcher unit) {
    return request.getContextPath() + PATH + unit.group(1);
  }

  private static void send(HttpServletResponse response, int status, String html)
      throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
