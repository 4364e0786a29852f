package id.kinerja.platform.organization.domain;

/**
 * One thing wrong in an import file.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1), or 0 for the whole file
 * @param column the column as the file names it, or empty for the whole row or file
 * @param messageId what is wrong, in Bahasa Indonesia
 * @param messageEn what is wrong, in English
 */
public record ImportProblem(int row, String column, String messageId, String messageEn) {

  /** A problem of the whole file. */
  public static ImportProblem ofFile(String messageId, String messageEn) {
    return new ImportProblem(0, "", messageId, messageEn);
  }

  /** Whether the problem concerns the whole file rather than one row. */
  public boolean fileLevel() {
    return row == 0;
  }

  /** The message in the language of {@code locale}: English for English, Indonesian otherwise. */
  public String message(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? messageEn : messageId;
  }
}
