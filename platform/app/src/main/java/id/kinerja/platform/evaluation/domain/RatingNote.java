package id.kinerja.platform.evaluation.domain;

import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.CoreValueNote;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The appraiser's note on one BerAKHLAK core value in a periodic rating. */
@Entity
@Table(name = "rating_note")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class RatingNote extends CoreValueNote {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rating_id")
  private PeriodRating rating;

  protected RatingNote() {}

  RatingNote(PeriodRating rating, CoreValue coreValue, String text) {
    super(coreValue, text);
    this.rating = rating;
  }

  void setText(String text) {
    changeText(text);
  }

  /**
   * Makes {@code notes} hold exactly the non-blank {@code coreValueNotes} (stripped), keeping the
   * existing rows of the core values still noted.
   */
  static void replace(
      List<RatingNote> notes, PeriodRating rating, Map<CoreValue, String> coreValueNotes) {
    Map<CoreValue, String> wanted = new EnumMap<>(CoreValue.class);
    if (coreValueNotes != null) {
      coreValueNotes.forEach(
          (value, text) -> {
            if (value != null && text != null && !text.isBlank()) {
              wanted.put(value, text.strip());
            }
          });
    }
    notes.removeIf(n -> !wanted.containsKey(n.getCoreValue()));
    wanted.forEach(
        (value, text) ->
            notes.stream()
                .filter(n -> n.getCoreValue() == value)
                .findFirst()
                .ifPresentOrElse(
                    n -> n.setText(text), () -> notes.add(new RatingNote(rating, value, text))));
  }
}
