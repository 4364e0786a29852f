package id.kinerja.platform.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A text about one BerAKHLAK core value, held by a plan (the special expectation) or a rating (the
 * appraiser's note).
 */
@MappedSuperclass
public abstract class CoreValueNote extends RegionRecord {

  @Enumerated(EnumType.STRING)
  @Column(name = "core_value", nullable = false)
  private CoreValue coreValue;

  @Column(nullable = false)
  private String text;

  protected CoreValueNote() {}

  protected CoreValueNote(CoreValue coreValue, String text) {
    this.coreValue = coreValue;
    this.text = text;
  }

  public CoreValue getCoreValue() {
    return coreValue;
  }

  public String getText() {
    return text;
  }

  /** Replaces the text; the holder decides when that is allowed. */
  protected void changeText(String text) {
    this.text = text;
  }
}
