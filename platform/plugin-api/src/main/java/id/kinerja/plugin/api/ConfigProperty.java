package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration property that a factory declares. The platform generates the regional admin's
 * form from these declarations, stores each region's values as text, and checks them against the
 * declaration (required, type, bounds, options) before the factory's own {@link
 * ExtensionFactory#validate(Configuration) validate}; the factory then reads them typed from a
 * {@link Configuration}.
 *
 * <p>Declare properties with the factory methods: {@link #integer}, {@link #decimal}, {@link
 * #bool}, {@link #choice} and {@link #text}.
 *
 * @param name the key under which the value is stored, for example {@code maxWaitMinutes}
 * @param label the label shown to the admin
 * @param type how the value is entered and checked
 * @param defaultValue the value used when a region sets none, or {@code null}
 * @param required whether a region must give a value
 * @param options the allowed values, for {@link Type#CHOICE} only; empty otherwise
 * @param min the smallest value allowed, for {@link Type#INTEGER} and {@link Type#DECIMAL} only; or
 *     {@code null} for no lower bound
 * @param max the largest value allowed, for {@link Type#INTEGER} and {@link Type#DECIMAL} only; or
 *     {@code null} for no upper bound
 */
public record ConfigProperty(
    String name,
    LocalizedText label,
    Type type,
    String defaultValue,
    boolean required,
    List<String> options,
    BigDecimal min,
    BigDecimal max) {

  /** How a property's value is entered and checked. */
  public enum Type {
    /** Free text. */
    TEXT,
    /** A whole number, within the range of a Java {@code int}. */
    INTEGER,
    /** A decimal number, written with a dot. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of {@link ConfigProperty#options()}. */
    CHOICE
  }

  /**
   * Checks the declaration itself: bounds only on numbers, and {@code min} not above {@code max}.
   *
   * @since 1.2.0
   */
  public ConfigProperty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    options = List.copyOf(options == null ? List.of() : options);
    boolean number = type == Type.INTEGER || type == Type.DECIMAL;
    if (!number && (min != null || max != null)) {
      throw new IllegalArgumentException("property " + name + ": only a number has bounds");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("property " + name + ": min is above max");
    }
  }

  /**
   * A property declared as in API 1.1, without bounds.
   *
   * @param labelId the label in Bahasa Indonesia (not an identifier)
   * @param labelEn the label in English
   * @deprecated since 1.2.0: use the factory methods, or the canonical constructor with a {@link
   *     LocalizedText} label
   */
  @Deprecated
  public ConfigProperty(
      String name,
      String labelId,
      String labelEn,
      Type type,
      String defaultValue,
      boolean required,
      List<String> options) {
    this(
        name,
        LocalizedText.of(labelId, labelEn),
        type,
        defaultValue,
        required,
        options,
        null,
        null);
  }

  /**
   * A required whole number between {@code min} and {@code max}, both included.
   *
   * @param defaultValue the value used when a region sets none
   * @since 1.2.0
   */
  public static ConfigProperty integer(
      String name, LocalizedText label, int defaultValue, int min, int max) {
    return new ConfigProperty(
        name,
        label,
        Type.INTEGER,
        Integer.toString(defaultValue),
        true,
        List.of(),
        BigDecimal.valueOf(min),
        BigDecimal.valueOf(max));
  }

  /**
   * A required decimal number between {@code min} and {@code max}, both included.
   *
   * @param defaultValue the value used when a region sets none, written with a dot
   * @param min the smallest value, or {@code null} for none
   * @param max the largest value, or {@code null} for none
   * @since 1.2.0
   */
  public static ConfigProperty decimal(
      String name, LocalizedText label, String defaultValue, BigDecimal min, BigDecimal max) {
    return new ConfigProperty(name, label, Type.DECIMAL, defaultValue, true, List.of(), min, max);
  }

  /**
   * A required yes-or-no property.
   *
   * @since 1.2.0
   */
  public static ConfigProperty bool(String name, LocalizedText label, boolean defaultValue) {
    return new ConfigProperty(
        name, label, Type.BOOLEAN, Boolean.toString(defaultValue), true, List.of(), null, null);
  }

  /**
   * A required choice of one of {@code options}.
   *
   * @param defaultValue one of the options, used when a region sets none
   * @since 1.2.0
   */
  public static ConfigProperty choice(
      String name, LocalizedText label, String defaultValue, List<String> options) {
    return new ConfigProperty(name, label, Type.CHOICE, defaultValue, true, options, null, null);
  }

  /**
   * A free-text property.
   *
   * @param defaultValue the value used when a region sets none, or {@code null}
   * @param required whether a region must give a value
   * @since 1.2.0
   */
  public static ConfigProperty text(
      String name, LocalizedText label, String defaultValue, boolean required) {
    return new ConfigProperty(
        name, label, Type.TEXT, defaultValue, required, List.of(), null, null);
  }

  /**
   * What is wrong with a value for this property, as the platform tells the admin: not of the
   * declared type, not one of the options, or out of bounds. A blank value is not checked here
   * (whether one is needed is {@link #required()}); leading and trailing blanks count only in text.
   *
   * @param value the value as entered
   * @return the message, or empty if the value fits
   * @since 1.2.0
   */
  public Optional<LocalizedText> problemWith(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return ValueCheck.problem(this, type == Type.TEXT ? value : value.strip());
  }

  /**
   * The label in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: the name reads as an identifier; use {@link #label()}{@code
   *     .indonesian()}
   */
  @Deprecated
  public String labelId() {
    return label.indonesian();
  }

  /**
   * The label in English.
   *
   * @deprecated since 1.2.0: use {@link #label()}{@code .english()}
   */
  @Deprecated
  public String labelEn() {
    return label.english();
  }
}
