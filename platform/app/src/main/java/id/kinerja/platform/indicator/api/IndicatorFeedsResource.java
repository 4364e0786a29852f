package id.kinerja.platform.indicator.api;

import id.kinerja.platform.indicator.service.FeedReceipt;
import id.kinerja.platform.indicator.service.FeedRow;
import id.kinerja.platform.indicator.service.FeedSummary;
import id.kinerja.platform.indicator.service.IndicatorFeeds;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/indicator-feeds}: the region's admin sends the records of an enabled indicator
 * plugin's data feed, stored whole or not at all; a record sent again replaces the earlier one.
 */
@Path("v1/indicator-feeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class IndicatorFeedsResource {

  @Inject IndicatorFeeds feeds;

  /**
   * One record of a feed.
   *
   * @param nip the employee the record is attributed to
   * @param id the record's id in the source
   * @param openedAt an ISO-8601 instant, or a local date-time in the region's time zone
   * @param closedAt likewise, or null while open
   * @param value a number, or null
   * @param attributes further values by name, for example {@code kind}
   */
  public record FeedItem(
      String nip,
      String id,
      String openedAt,
      String closedAt,
      BigDecimal value,
      Map<String, String> attributes) {}

  /** Stores the records; a refusal names every bad row by its position in the array (from 1). */
  @POST
  @Path("{pluginId}")
  public FeedReceipt receive(@PathParam("pluginId") String pluginId, List<FeedItem> items) {
    if (items == null) {
      throw new BadRequestException();
    }
    List<FeedRow> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      FeedItem item = items.get(i);
      if (item == null) {
        throw new BadRequestException();
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      if (item.attributes() != null) {
        // a null attribute is an absent one
        item.attributes()
            .forEach(
                (k, v) -> {
                  if (v != null) {
                    attributes.put(k, v);
                  }
                });
      }
      rows.add(
          new FeedRow(
              i + 1,
              item.nip(),
              item.id(),
              item.openedAt(),
              item.closedAt(),
              item.value() == null ? null : item.value().toPlainString(),
              attributes));
    }
    return feeds.receive(pluginId, rows);
  }

  /** Each enabled indicator plugin's feed: how many records, and when the last arrived. */
  @GET
  public List<FeedSummary> summaries() {
    return feeds.summaries();
  }
}
