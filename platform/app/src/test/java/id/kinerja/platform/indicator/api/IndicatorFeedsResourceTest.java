package id.kinerja.platform.indicator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.indicator.service.FeedReceipt;
import id.kinerja.platform.indicator.service.FeedRow;
import id.kinerja.platform.indicator.service.IndicatorFeeds;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A JSON feed reaches the service with its rows numbered from 1, as the refusals name them; a null
 * attribute is an absent one.
 */
class IndicatorFeedsResourceTest {

  private static final String ADMIN = "199805282021121057";

  @Test
  void itemsBecomeRowsNumberedByTheirPositionWithTheCallerAsActor() {
    List<String> calls = new ArrayList<>();
    List<FeedRow> received = new ArrayList<>();
    // The request's actor, as the caller filter binds it; the service reads it, not the resource.
    Actor caller =
        Actor.of("kupang", new Caller("kupang", "", ADMIN, ADMIN, Set.of("employee", "admin")));
    IndicatorFeedsResource resource = new IndicatorFeedsResource();
    resource.feeds =
        new IndicatorFeeds() {
          @Override
          public FeedReceipt receive(String pluginId, List<FeedRow> rows) {
            calls.add(caller.nip() + ":" + caller.isAdmin() + ":" + pluginId);
            received.addAll(rows);
            return new FeedReceipt(pluginId, rows.size(), rows.size(), 0);
          }
        };
    Map<String, String> withNull = new HashMap<>();
    withNull.put("kind", "complaint");
    withNull.put("firstResponseAt", null);
    resource.receive(
        "administration-indicators",
        List.of(
            new IndicatorFeedsResource.FeedItem(
                "1", "T-1", "2041-03-03T01:00:00Z", null, new BigDecimal("4.50"), withNull),
            new IndicatorFeedsResource.FeedItem("1", "T-2", "2041-03-04 08:00", null, null, null)));
    assertEquals(List.of(ADMIN + ":true:administration-indicators"), calls);
    assertEquals(1, received.get(0).row());
    assertEquals(2, received.get(1).row());
    assertEquals("4.50", received.get(0).value());
    assertEquals(Map.of("kind", "complaint"), received.get(0).attributes());
    assertEquals(Map.of(), received.get(1).attributes());
  }
}
