package id.kinerja.plugins.training;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.LocalizedText;
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
  public LocalizedText name() {
    return LocalizedText.of("Aturan rekomendasi pelatihan", "Training recommendation rules");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        ConfigProperty.text(
            COACHING_CODE,
            LocalizedText.of(
                "Kode katalog untuk coaching (predikat Butuh Perbaikan atau lebih rendah)",
                "Catalog code of the coaching (predikat Needs improvement or worse)"),
            null,
            true),
        ConfigProperty.text(
            ADVANCED_CODE,
            LocalizedText.of(
                "Kode katalog untuk pelatihan lanjutan (hasil kerja di atas ekspektasi)",
                "Catalog code of the advanced training (results above expectation)"),
            null,
            true),
        ConfigProperty.decimal(
            WEAK_SCORE,
            LocalizedText.of(
                "Skor umpan balik 360 di bawah nilai ini dianggap lemah (0-100)",
                "A 360 feedback score below this counts as weak (0-100)"),
            "60",
            BigDecimal.ZERO,
            BigDecimal.valueOf(100)),
        ConfigProperty.text(
            VALUE_TRAININGS,
            LocalizedText.of(
                "Kode katalog per nilai dasar yang lemah, mis. HARMONIS=PUB-SPEAK;KOMPETEN=TECH-01",
                "Catalog code per weak core value, e.g. HARMONIS=PUB-SPEAK;KOMPETEN=TECH-01"),
            "",
            false));
  }

  @Override
  public void validate(Configuration config) throws ConfigurationException {
    code(config, COACHING_CODE);
    code(config, ADVANCED_CODE);
    valueTrainings(config.value(VALUE_TRAININGS).orElse(""));
  }

  @Override
  public TrainingRule create(Configuration config) {
    try {
      return new TrainingRules(
          config.text(COACHING_CODE).strip(),
          config.text(ADVANCED_CODE).strip(),
          config.decimal(WEAK_SCORE),
          valueTrainings(config.value(VALUE_TRAININGS).orElse("")));
    } catch (ConfigurationException e) {
      throw new IllegalArgumentException(e.messageEn(), e);
    }
  }

  private static void code(Configuration config, String property) throws ConfigurationException {
    String code = config.value(property).orElse(null);
    if (code == null || !CODE.matcher(code.strip()).matches()) {
      throw new ConfigurationException(
          property,
          LocalizedText.of(
              "Kode katalog hanya boleh berisi huruf, angka, '.', '_' dan '-' (paling banyak 40).",
              "A catalog code may hold letters, digits, '.', '_' and '-' only (at most 40)."));
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
