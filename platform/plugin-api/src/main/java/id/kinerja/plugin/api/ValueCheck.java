package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks of a value against its property's declaration, with the messages admins see. */
final class ValueCheck {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private ValueCheck() {}

  /** What is wrong with a non-blank value, or empty if it fits type, options and bounds. */
  static Optional<LocalizedText> problem(ConfigProperty property, String value) {
    String problem = typeProblem(property, value);
    if (problem == null) {
      return boundsProblem(property, value);
    }
    return Optional.of(message(property, value, problem.split("\n")[0], problem.split("\n")[1]));
  }

  /** The rule the value breaks, Indonesian and English on two lines, or {@code null}. */
  private static String typeProblem(ConfigProperty property, String value) {
    return switch (property.type()) {
      case TEXT -> null;
      case INTEGER ->
          isInt(value)
              ? null
              : "harus berupa bilangan bulat, misalnya 60\nmust be a whole number, for example 60";
      case DECIMAL ->
          DECIMAL.matcher(value).matches()
              ? null
              : "harus berupa angka desimal dengan titik, misalnya 2.5\n"
                  + "must be a decimal number written with a dot, for example 2.5";
      case BOOLEAN ->
          value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
              ? null
              : "harus bernilai true atau false\nmust be true or false";
      case CHOICE ->
          property.options().contains(value)
              ? null
              : "harus salah satu dari: "
                  + String.join(", ", property.options())
                  + "\nmust be one of: "
                  + String.join(", ", property.options());
    };
  }

  private static Optional<LocalizedText> boundsProblem(ConfigProperty property, String value) {
    if (property.min() == null && property.max() == null) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(value);
    boolean below = property.min() != null && number.compareTo(property.min()) < 0;
    boolean above = property.max() != null && number.compareTo(property.max()) > 0;
    if (!below && !above) {
      return Optional.empty();
    }
    String min = property.min() == null ? null : property.min().toPlainString();
    String max = property.max() == null ? null : property.max().toPlainString();
    if (min != null && max != null) {
      return Optional.of(
          message(
              property,
              value,
              "harus antara " + min + " dan " + max,
              "must be between " + min + " and " + max));
    }
    return Optional.of(
        min != null
            ? message(property, value, "harus paling sedikit " + min, "must be at least " + min)
            : message(property, value, "harus paling banyak " + max, "must be at most " + max));
  }

  private static boolean isInt(String value) {
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static LocalizedText message(
      ConfigProperty property, String value, String ruleId, String ruleEn) {
    return LocalizedText.of(
        "'" + property.label().indonesian() + "' " + ruleId + ", bukan \"" + value + "\".",
        "'" + property.label().english() + "' " + ruleEn + ", not \"" + value + "\".");
  }
}
