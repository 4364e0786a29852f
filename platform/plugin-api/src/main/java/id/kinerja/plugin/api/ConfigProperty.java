package id.kinerja.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * One configuration property that a factory declares. The platform generates the regional admin's
 * form from these declarations and stores each region's values as text.
 *
 * @param name the key under which the value is stored, for example {@code maxWaitMinutes}
 * @param labelId the label shown in Bahasa Indonesia
 * @param labelEn the label shown in English
 * @param type how the value is entered and checked
 * @param defaultValue the value used when a region sets none, or {@code null}
 * @param required whether a region must give a value
 * @param options the allowed values, for {@link Type#CHOICE} only; empty otherwise
 */
public record ConfigProperty(
    String name,
    String labelId,
    String labelEn,
    Type type,
    String defaultValue,
    boolean required,
    List<String> options) {

  /** How a property's value is entered and checked. */
  public enum Type {
    /** Free text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of {@link ConfigProperty#options()}. */
    CHOICE
  }

  /** Checks the declaration itself. */
  public ConfigProperty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labelId, "labelId");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(type, "type");
    options = List.copyOf(options == null ? List.of() : options);
  }
}
