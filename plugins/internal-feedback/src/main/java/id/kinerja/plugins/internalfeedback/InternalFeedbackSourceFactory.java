package id.kinerja.plugins.internalfeedback;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.RespondentGroup;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Offers the internal 360 feedback source: the region chooses which colleagues are asked (peers,
 * subordinates, the supervisor) and the anonymity threshold, at least 3.
 */
public final class InternalFeedbackSourceFactory implements FeedbackSourceFactory {

  static final String GROUPS = "groups";

  /** The groups a region may ask: the colleagues inside the organisation. */
  static final Set<RespondentGroup> INTERNAL =
      EnumSet.of(RespondentGroup.PEERS, RespondentGroup.SUBORDINATES, RespondentGroup.SUPERVISOR);

  /** The highest threshold a region may set, so that a unit can still reach it. */
  private static final int MAX_THRESHOLD = 50;

  @Override
  public String id() {
    return "internal-360";
  }

  @Override
  public String nameId() {
    return "Umpan balik 360 internal (rekan kerja, bawahan, atasan)";
  }

  @Override
  public String nameEn() {
    return "Internal 360 feedback (peers, subordinates, supervisor)";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            GROUPS,
            "Kelompok penilai (PEERS, SUBORDINATES, SUPERVISOR; dipisah koma)",
            "Respondent groups (PEERS, SUBORDINATES, SUPERVISOR; comma-separated)",
            ConfigProperty.Type.TEXT,
            "PEERS,SUBORDINATES,SUPERVISOR",
            true,
            List.of()),
        new ConfigProperty(
            FeedbackSource.ANONYMITY_THRESHOLD,
            "Jumlah minimum responden per kelompok sebelum hasil ditampilkan",
            "Fewest respondents per group before results are shown",
            ConfigProperty.Type.INTEGER,
            String.valueOf(FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD),
            true,
            List.of()));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    groups(config.get(GROUPS));
    threshold(config.get(FeedbackSource.ANONYMITY_THRESHOLD));
  }

  @Override
  public FeedbackSource create(Map<String, String> config) {
    try {
      return new InternalFeedbackSource(
          groups(config.get(GROUPS)), threshold(config.get(FeedbackSource.ANONYMITY_THRESHOLD)));
    } catch (ConfigurationException e) {
      throw new IllegalArgumentException(e.messageEn(), e);
    }
  }

  /** The groups named in a comma-separated list: at least one, each an internal group. */
  static Set<RespondentGroup> groups(String text) throws ConfigurationException {
    Set<RespondentGroup> groups = EnumSet.noneOf(RespondentGroup.class);
    for (String part : (text == null ? "" : text).split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      RespondentGroup group =
          INTERNAL.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
      if (group == null) {
        throw new ConfigurationException(
            GROUPS,
            "Kelompok '"
                + part.strip()
                + "' tidak dikenal; gunakan PEERS, SUBORDINATES atau SUPERVISOR.",
            "Group '" + part.strip() + "' is not known; use PEERS, SUBORDINATES or SUPERVISOR.");
      }
      groups.add(group);
    }
    if (groups.isEmpty()) {
      throw new ConfigurationException(
          GROUPS, "Pilih minimal satu kelompok penilai.", "Choose at least one respondent group.");
    }
    return groups;
  }

  /** The anonymity threshold: a whole number from 3 to {@value #MAX_THRESHOLD}. */
  static int threshold(String text) throws ConfigurationException {
    int threshold;
    try {
      threshold = Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      threshold = -1;
    }
    if (threshold < FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD || threshold > MAX_THRESHOLD) {
      throw new ConfigurationException(
          FeedbackSource.ANONYMITY_THRESHOLD,
          "Ambang anonimitas harus antara "
              + FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD
              + " dan "
              + MAX_THRESHOLD
              + " responden.",
          "The anonymity threshold must be between "
              + FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD
              + " and "
              + MAX_THRESHOLD
              + " respondents.");
    }
    return threshold;
  }
}
