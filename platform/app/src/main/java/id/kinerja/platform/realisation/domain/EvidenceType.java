package id.kinerja.platform.realisation.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file accepted as evidence, recognised by their content (magic bytes), never by the
 * name or the type the browser claims. Office documents are ZIP packages: a DOCX or XLSX is
 * recognised by the parts listed in the package's central directory, and a macro-enabled package
 * (one holding a {@code vbaProject.bin}) is not accepted.
 */
public enum EvidenceType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** The most entries a package's central directory may list before it is not inspected. */
  static final int MAX_ZIP_ENTRIES = 10_000;

  private final String mediaType;
  private final String extension;

  EvidenceType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type the file is served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether {@code fileName} already ends with an extension of this type. */
  boolean hasExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith("." + extension) || (this == JPEG && lower.endsWith(".jpeg"));
  }

  /** The accepted type of this content, or empty if it is none of them. */
  public static Optional<EvidenceType> detect(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return office(zipEntryNames(content));
    }
    return Optional.empty();
  }

  private static Optional<EvidenceType> office(Set<String> names) {
    if (names == null
        || !names.contains("[Content_Types].xml")
        || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
      return Optional.empty();
    }
    boolean word = names.contains("word/document.xml");
    boolean excel = names.contains("xl/workbook.xml");
    if (word == excel) {
      return Optional.empty();
    }
    return Optional.of(word ? DOCX : XLSX);
  }

  /**
   * The entry names in a ZIP file's central directory, read without decompressing anything; null if
   * the directory is missing, inconsistent, too large, or ZIP64.
   */
  static Set<String> zipEntryNames(byte[] zip) {
    int eocd = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
      if (u32(zip, i) == 0x06054b50L) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return null;
    }
    int entries = u16(zip, eocd + 10);
    long size = u32(zip, eocd + 12);
    long offset = u32(zip, eocd + 16);
    if (entries == 0xFFFF || entries > MAX_ZIP_ENTRIES || offset + size > eocd) {
      return null;
    }
    Set<String> names = new HashSet<>();
    int at = (int) offset;
    for (int n = 0; n < entries; n++) {
      if (at + 46 > eocd || u32(zip, at) != 0x02014b50L) {
        return null;
      }
      int nameLength = u16(zip, at + 28);
      int extraLength = u16(zip, at + 30);
      int commentLength = u16(zip, at + 32);
      if (at + 46 + nameLength > eocd) {
        return null;
      }
      names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }
}
