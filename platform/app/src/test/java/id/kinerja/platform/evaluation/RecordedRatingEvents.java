package id.kinerja.platform.evaluation;

import id.kinerja.platform.evaluation.service.ObjectionDecided;
import id.kinerja.platform.evaluation.service.ObjectionFiled;
import id.kinerja.platform.evaluation.service.RatingPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the rating events in the container, as the notification feature would observe them. */
@ApplicationScoped
public class RecordedRatingEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  void published(@Observes RatingPublished event) {
    events.add(event);
  }

  void filed(@Observes ObjectionFiled event) {
    events.add(event);
  }

  void decided(@Observes ObjectionDecided event) {
    events.add(event);
  }

  /** Every event seen so far. */
  public List<Object> all() {
    return List.copyOf(events);
  }
}
