package id.kinerja.platform.tenancy.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The page for a host name that names no region, in Bahasa Indonesia and English. */
final class UnknownRegionPage {

  private UnknownRegionPage() {}

  static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    String host = escape(request.getServerName());
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"error\":\"unknown_region\",\"message\":\"Daerah tidak ditemukan untuk host "
                  + host
                  + " / No region is served at this host\"}");
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>Daerah tidak ditemukan</title>
            <style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;color:#1a2b3c}</style>
            </head><body>
            <h1>Daerah tidak ditemukan</h1>
            <p>Tidak ada portal Kinerja untuk alamat <strong>%1$s</strong>.
            Periksa kembali alamat portal daerah Anda.</p>
            <h2 lang="en">No such region</h2>
            <p lang="en">No Kinerja portal is served at <strong>%1$s</strong>.
            Check the address of your region's portal.</p>
            </body></html>
            """
                .formatted(host));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
