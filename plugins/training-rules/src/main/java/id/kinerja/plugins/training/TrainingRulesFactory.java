package id.kinerja.plugins.training;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.TrainingRule;
import id.kinerja.plugin.api.TrainingRuleFactory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Offers the training rules with the region's choices: which catalog activity is coaching, which is
 * advanced training, below which 360 score a core value counts as weak, and which activity answers
 * a weak core value (for example weak Harmonis, the communication value, → public speaking).
 */
public final class TrainingRulesFactory implements TrainingRuleFactory {

  static final String COACHING_CODE = "coachingCode";
  static final String ADVANCED_CODE = "advancedCode";
  static final String WEAK_SCORE = "weakScore";
  static final String VALUE_TRAININGS = "valueTrainings";

  /** A catalog code: letters, digits, '.', '_' and '-', at most 40 characters. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  @Override
  public String id() {
    return "training-rules";
  }

  @Override
  public String nameId() {
    return "Aturan rekomendasi pelatihan";
  }

  @Override
  public String nameEn() {
    return "Training recommendation rules";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            COACHING_CODE,
            "Kode katalog untuk coaching (predikat Butuh Perbaikan atau lebih rendah)",
            "Catalog code of the coaching (predikat Needs improvement or worse)",
            ConfigProperty.Type.TEXT,
            null,
            true,
            List.of()),
        new ConfigProperty(
            ADVANCED_CODE,
            "Kode katalog untuk pelatihan lanjutan (hasil kerja di atas ekspektasi)",
            "Catalog code of the advanced training (results above expectation)",
            ConfigProperty.Type.TEXT,
            null,
            true,
            List.of()),
        new ConfigProperty(
            WEAK_SCORE,
            "Skor umpan balik 360 di bawah nilai ini dianggap lemah (0-100)",
            "A 360 feedback score below this counts as weak (0-100)",
            ConfigProperty.Type.DECIMAL,
            "60",
            true,
            List.of()),
        new ConfigProperty(
            VALUE_TRAININGS,
            "Kode katalog per nilai dasar yang lemah, mis. HARMONIS=PUB-SPEAK;KOMPETEN=TECH-01",
            "Catalog code per weak core value, e.g. HARMONIS=PUB-SPEAK;KOMPETEN=TECH-01",
            ConfigProperty.Type.TEXT,
            "",
            false,
            List.of()));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    code(config, COACHING_CODE);
    code(config, ADVANCED_CODE);
    BigDecimal weak = new BigDecimal(config.get(WEAK_SCORE));
    if (weak.signum() < 0 || weak.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new ConfigurationException(
          WEAK_SCORE,
          "Batas skor lemah harus antara 0 dan 100.",
          "The weak score must be between 0 and 100.");
    }
    valueTrainings(config.get(VALUE_TRAININGS));
  }

  @Override
  public TrainingRule create(Map<String, String> config) {
    try {
      return new TrainingRules(
          config.get(COACHING_CODE).strip(),
          config.get(ADVANCED_CODE).strip(),
          new BigDecimal(config.get(WEAK_SCORE)),
          valueTrainings(config.get(VALUE_TRAININGS)));
    } catch (ConfigurationException e) {
      throw new IllegalArgumentException(e.messageEn(), e);
    }
  }

  private static void code(Map<String, String> config, String property)
      throws ConfigurationException {
    String code = config.get(property);
    if (code == null || !CODE.matcher(code.strip()).matches()) {
      throw new ConfigurationException(
          property,
          "Kode katalog hanya boleh berisi huruf, angka, '.', '_' dan '-' (paling banyak 40).",
          "A catalog code may hold letters, digits, '.', '_' and '-' only (at most 40).");
    }
  }

  /**
   * Reads {@code VALUE=CODE;VALUE=CODE}: each value one of the seven core value codes, at most
   * once, each code well-formed; blank means none.
   */
  static Map<String, String> valueTrainings(String text) throws ConfigurationException {
    Map<String, String> trainings = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return trainings;
    }
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", -1);
      if (parts.length != 2 || !CODE.matcher(parts[1].strip()).matches()) {
        throw new ConfigurationException(
            VALUE_TRAININGS,
            "Tulis pasangan NILAI=KODE dipisah ';', bukan \"" + pair.strip() + "\".",
            "Write pairs VALUE=CODE separated by ';', not \"" + pair.strip() + "\".");
      }
      String value = parts[0].strip();
      if (!CoreValues.ALL.contains(value)) {
        throw new ConfigurationException(
            VALUE_TRAININGS,
            "\""
                + value
                + "\" bukan kode nilai dasar BerAKHLAK: "
                + String.join(", ", CoreValues.ALL)
                + ".",
            "\""
                + value
                + "\" is not a BerAKHLAK core value code: "
                + String.join(", ", CoreValues.ALL)
                + ".");
      }
      if (trainings.put(value, parts[1].strip()) != null) {
        throw new ConfigurationException(
            VALUE_TRAININGS,
            "Nilai " + value + " disebut lebih dari sekali.",
            "The value " + value + " is named more than once.");
      }
    }
    return trainings;
  }
}
