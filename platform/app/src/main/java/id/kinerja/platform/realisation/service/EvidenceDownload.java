package id.kinerja.platform.realisation.service;

/**
 * An evidence file to serve: always as an attachment, with the type detected at upload.
 *
 * @param fileName the sanitised original name
 * @param contentType the media type detected from the content
 * @param sha256 the content's SHA-256 (hex)
 * @param content the bytes
 */
public record EvidenceDownload(String fileName, String contentType, String sha256, byte[] content) {

  public EvidenceDownload {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
