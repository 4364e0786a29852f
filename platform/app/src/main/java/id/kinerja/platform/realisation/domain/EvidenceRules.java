package id.kinerja.platform.realisation.domain;

import id.kinerja.platform.shared.domain.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a piece of evidence must be: a non-empty file of an accepted type and size, or a web link.
 */
public final class EvidenceRules {

  /** The default largest file: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The longest link and the longest file name kept. */
  static final int MAX_URL_LENGTH = 2000;

  static final int MAX_NAME_LENGTH = 120;

  private EvidenceRules() {}

  /**
   * The type of an uploaded file, checked by its content.
   *
   * @throws RuleViolation INVALID if it is empty, larger than {@code maxBytes}, or of a type that
   *     is not accepted
   */
  public static EvidenceType checkFile(byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw invalid("Berkas bukti dukung kosong.", "The evidence file is empty.");
    }
    if (content.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return EvidenceType.detect(content)
        .orElseThrow(
            () ->
                invalid(
                    "Jenis berkas tidak diizinkan; unggah PDF, PNG, JPEG, DOCX atau XLSX.",
                    "This type of file is not accepted; upload a PDF, PNG, JPEG, DOCX or XLSX"
                        + " file."));
  }

  /** The refusal of a file larger than {@code maxBytes}. */
  public static RuleViolation tooLarge(long maxBytes) {
    String size = megabytes(maxBytes);
    return invalid(
        "Berkas bukti dukung melebihi batas " + size + " MB.",
        "The evidence file is larger than the limit of " + size + " MB.");
  }

  /**
   * A safe name to store and offer for download: the last path segment, without control and
   * reserved characters, at most 120 characters, ending with the detected type's extension.
   */
  public static String sanitiseFileName(String name, EvidenceType type) {
    String base = name == null ? "" : name;
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    base = Normalizer.normalize(base, Normalizer.Form.NFC);
    base = base.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"/\\\\|?*;]", "");
    base = base.replaceAll("\\s+", " ").strip();
    base = base.replaceAll("^[.\\s]+", "");
    if (base.isEmpty()) {
      base = "bukti-dukung";
    }
    if (!type.hasExtension(base)) {
      base = base + "." + type.extension();
    }
    if (base.length() > MAX_NAME_LENGTH) {
      String extension = base.substring(base.lastIndexOf('.'));
      base = base.substring(0, MAX_NAME_LENGTH - extension.length()).strip() + extension;
    }
    return base;
  }

  /**
   * A link given as evidence, checked: an absolute http or https URL with a host, without user
   * credentials, at most 2000 characters.
   *
   * @return the link without surrounding blanks
   * @throws RuleViolation INVALID otherwise
   */
  public static String checkLink(String url) {
    String link = url == null ? "" : url.strip();
    RuleViolation refused =
        invalid(
            "Tautan bukti dukung harus berupa alamat web lengkap (http:// atau https://).",
            "An evidence link must be a complete web address (http:// or https://).");
    if (link.isEmpty() || link.length() > MAX_URL_LENGTH) {
      throw refused;
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getHost().isBlank()
          || uri.getRawUserInfo() != null) {
        throw refused;
      }
    } catch (URISyntaxException e) {
      throw refused;
    }
    return link;
  }

  /** The SHA-256 of the content, as lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
  }

  static RuleViolation invalid(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.INVALID, id, en);
  }
}
