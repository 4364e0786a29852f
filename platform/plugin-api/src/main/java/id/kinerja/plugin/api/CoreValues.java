package id.kinerja.plugin.api;

import java.util.List;

/**
 * The codes of the seven BerAKHLAK core values of the ASN, on which work behaviour (perilaku kerja)
 * is rated. Feedback questions and rating summaries name core values by these codes.
 *
 * @since 1.1.0
 */
public final class CoreValues {

  /** Berorientasi Pelayanan: service-oriented. */
  public static final String BERORIENTASI_PELAYANAN = "BERORIENTASI_PELAYANAN";

  /** Akuntabel: accountable. */
  public static final String AKUNTABEL = "AKUNTABEL";

  /** Kompeten: competent. */
  public static final String KOMPETEN = "KOMPETEN";

  /** Harmonis: harmonious. */
  public static final String HARMONIS = "HARMONIS";

  /** Loyal. */
  public static final String LOYAL = "LOYAL";

  /** Adaptif: adaptive. */
  public static final String ADAPTIF = "ADAPTIF";

  /** Kolaboratif: collaborative. */
  public static final String KOLABORATIF = "KOLABORATIF";

  /** All seven codes, in the order of the acronym. */
  public static final List<String> ALL =
      List.of(BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF);

  private CoreValues() {}
}
