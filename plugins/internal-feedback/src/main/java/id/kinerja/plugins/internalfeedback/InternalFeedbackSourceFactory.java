package id.kinerja.plugins.internalfeedback;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.LocalizedText;
import id.kinerja.plugin.api.RespondentGroup;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
  public LocalizedText name() {
    return LocalizedText.of(
        "Umpan balik 360 internal (rekan kerja, bawahan, atasan)",
        "Internal 360 feedback (peers, subordinates, supervisor)");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        ConfigProperty.text(
            GROUPS,
            LocalizedText.of(
                "Kelompok penilai (PEERS, SUBORDINATES, SUPERVISOR; dipisah koma)",
                "Respondent groups (PEERS, SUBORDINATES, SUPERVISOR; comma-separated)"),
            "PEERS,SUBORDINATES,SUPERVISOR",
            true),
        ConfigProperty.integer(
            FeedbackSource.ANONYMITY_THRESHOLD,
            LocalizedText.of(
                "Jumlah minimum responden per kelompok sebelum hasil ditampilkan",
                "Fewest respondents per group before results are shown"),
            FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD,
            FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD,
            MAX_THRESHOLD));
  }

  @Override
  public void validate(Configuration config) throws ConfigurationException {
    groups(config.text(GROUPS));
  }

  @Override
  public FeedbackSource create(Configuration config) {
    try {
      return new InternalFeedbackSource(
          groups(config.text(GROUPS)), config.integer(FeedbackSource.ANONYMITY_THRESHOLD));
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
}
