package id.kinerja.platform.shared.domain;

import java.util.List;

/**
 * The seven BerAKHLAK core values of the ASN on which work behaviour (perilaku kerja) is rated.
 * Each has three guiding behaviours (panduan perilaku) and no levels; the appraiser adds a specific
 * expectation per value (ekspektasi khusus pimpinan) in the employee's plan.
 */
public enum CoreValue {
  /** Berorientasi Pelayanan. */
  BERORIENTASI_PELAYANAN(
      "Berorientasi Pelayanan",
      "Service-oriented",
      new GuidingBehaviour(
          "Memahami dan memenuhi kebutuhan masyarakat", "Understands and meets citizens' needs"),
      new GuidingBehaviour(
          "Ramah, cekatan, solutif, dan dapat diandalkan",
          "Is friendly, quick, solution-minded and reliable"),
      new GuidingBehaviour("Melakukan perbaikan tiada henti", "Keeps improving")),
  /** Akuntabel. */
  AKUNTABEL(
      "Akuntabel",
      "Accountable",
      new GuidingBehaviour(
          "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas"
              + " tinggi",
          "Does the job honestly, responsibly, carefully, with discipline and high integrity"),
      new GuidingBehaviour(
          "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan"
              + " efisien",
          "Uses state assets and property responsibly, effectively and efficiently"),
      new GuidingBehaviour(
          "Tidak menyalahgunakan kewenangan jabatan",
          "Does not abuse the authority of the office")),
  /** Kompeten. */
  KOMPETEN(
      "Kompeten",
      "Competent",
      new GuidingBehaviour(
          "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
          "Keeps learning to meet ever-changing challenges"),
      new GuidingBehaviour("Membantu orang lain belajar", "Helps others learn"),
      new GuidingBehaviour(
          "Melaksanakan tugas dengan kualitas terbaik", "Does tasks with the best quality")),
  /** Harmonis. */
  HARMONIS(
      "Harmonis",
      "Harmonious",
      new GuidingBehaviour(
          "Menghargai setiap orang apa pun latar belakangnya",
          "Respects everyone whatever their background"),
      new GuidingBehaviour("Suka menolong orang lain", "Helps others"),
      new GuidingBehaviour(
          "Membangun lingkungan kerja yang kondusif", "Builds a good working environment")),
  /** Loyal. */
  LOYAL(
      "Loyal",
      "Loyal",
      new GuidingBehaviour(
          "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun"
              + " 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
          "Upholds Pancasila and the 1945 Constitution, and is loyal to the unitary state of the"
              + " Republic of Indonesia and its lawful government"),
      new GuidingBehaviour(
          "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
          "Guards the good name of fellow ASN, leaders, the agency and the state"),
      new GuidingBehaviour(
          "Menjaga rahasia jabatan dan negara", "Keeps official and state secrets")),
  /** Adaptif. */
  ADAPTIF(
      "Adaptif",
      "Adaptive",
      new GuidingBehaviour(
          "Cepat menyesuaikan diri menghadapi perubahan", "Adapts quickly to change"),
      new GuidingBehaviour(
          "Terus berinovasi dan mengembangkan kreativitas",
          "Keeps innovating and developing creativity"),
      new GuidingBehaviour("Bertindak proaktif", "Acts proactively")),
  /** Kolaboratif. */
  KOLABORATIF(
      "Kolaboratif",
      "Collaborative",
      new GuidingBehaviour(
          "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
          "Gives others the chance to contribute"),
      new GuidingBehaviour(
          "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
          "Is open to working together to add value"),
      new GuidingBehaviour(
          "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
          "Mobilises resources for shared goals"));

  /**
   * One guiding behaviour (panduan perilaku) of a core value.
   *
   * @param labelId the Indonesian text, the official one
   * @param labelEn the English text
   */
  public record GuidingBehaviour(String labelId, String labelEn) {}

  private final String labelId;
  private final String labelEn;
  private final List<GuidingBehaviour> guidingBehaviours;

  CoreValue(String labelId, String labelEn, GuidingBehaviour... guidingBehaviours) {
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.guidingBehaviours = List.of(guidingBehaviours);
  }

  /** The Indonesian name, the official one. */
  public String labelId() {
    return labelId;
  }

  /** The English name. */
  public String labelEn() {
    return labelEn;
  }

  /** The three guiding behaviours, in their official order. */
  public List<GuidingBehaviour> guidingBehaviours() {
    return guidingBehaviours;
  }
}
