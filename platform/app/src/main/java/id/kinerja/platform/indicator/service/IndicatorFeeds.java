package id.kinerja.platform.indicator.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.indicator.domain.FeedRecord;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Receives the region's data feeds for its enabled indicator plugins: each feed is checked whole
 * and stored whole or not at all; a record sent again (same plugin and source id) replaces the
 * earlier one. Only the region's admin may send a feed.
 */
@ApplicationScoped
@Transactional
public class IndicatorFeeds {

  static final String AUDIT_ENTITY = "indicator_feed";
  private static final Logger LOG = Logger.getLogger(IndicatorFeeds.class.getName());

  @Inject FeedRecords records;
  @Inject Actor actor;
  @Inject Clock clock;
  @Inject TenantRegistry registry;
  @Inject RegionPlugins plugins;
  @Inject AuditTrail audit;

  /**
   * Stores a feed's rows for one plugin, all or none, and records the feed in the audit trail.
   *
   * @param pluginId the plugin the records are for; it must be enabled in the region
   * @param rows the rows as sent
   * @return how many records were new and how many replaced earlier ones
   * @throws RuleViolation FORBIDDEN for a non-admin, NOT_FOUND for a plugin the region has not
   *     enabled, INVALID naming every bad row
   */
  public FeedReceipt receive(String pluginId, List<FeedRow> rows) {
    return receive(pluginId, rows, List.of());
  }

  /**
   * Stores a feed file (see {@link FeedCsv}) for one plugin, like {@link #receive}.
   *
   * @throws RuleViolation as {@link #receive}, and INVALID for a file that is not such CSV
   */
  public FeedReceipt importCsv(String pluginId, byte[] csv) {
    requireAdmin();
    FeedCsv.Parsed parsed = FeedCsv.parse(csv);
    return receive(
        pluginId, parsed.rows().stream().map(FeedCsv.PluginRow::row).toList(), parsed.problems());
  }

  /** The enabled plugins of the region that offer indicators, which a feed may be sent for. */
  public List<String> feedablePlugins() {
    return plugins.enabled(IndicatorProviderFactory.class).stream()
        .map(RegionExtension::pluginId)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * The feed of each plugin that may be fed: how many records, and when the last arrived.
   *
   * @throws RuleViolation FORBIDDEN for a non-admin
   */
  public List<FeedSummary> summaries() {
    requireAdmin();
    Map<String, FeedSummary> byPlugin = new TreeMap<>();
    feedablePlugins().forEach(p -> byPlugin.put(p, new FeedSummary(p, 0, null)));
    records.perPlugin().forEach(s -> byPlugin.put(s.pluginId(), s));
    return List.copyOf(byPlugin.values());
  }

  /**
   * Loads a region's demo feed (see {@link FeedCsv}, with a plugin column) unless the region has
   * records already. The times are moved by whole quarters so that the file's last quarter is the
   * current one. Plugins the region has not enabled are skipped.
   *
   * @return how many records were loaded
   * @throws RuleViolation INVALID if the file has bad rows
   */
  public int loadDemoIfEmpty(byte[] csv, LocalDate today) {
    if (records.any()) {
      return 0;
    }
    FeedCsv.Parsed parsed = FeedCsv.parse(csv);
    if (!parsed.problems().isEmpty()) {
      throw refusal(parsed.problems());
    }
    ZoneId zone = registry.current().timeZone();
    Map<String, List<FeedRow>> byPlugin = new LinkedHashMap<>();
    DemoShift.toCurrentQuarter(parsed.rows(), zone, today)
        .forEach(r -> byPlugin.computeIfAbsent(r.pluginId(), p -> new ArrayList<>()).add(r.row()));
    List<String> feedable = feedablePlugins();
    int loaded = 0;
    for (var entry : byPlugin.entrySet()) {
      if (!feedable.contains(entry.getKey())) {
        LOG.info(() -> "Demo records of plugin " + entry.getKey() + " skipped: not enabled");
        continue;
      }
      loaded += store(entry.getKey(), entry.getValue(), List.of()).received();
    }
    return loaded;
  }

  private FeedReceipt receive(String pluginId, List<FeedRow> rows, List<RowProblem> readProblems) {
    requireAdmin();
    String actorNip = actor.nip();
    FeedReceipt receipt = store(pluginId, rows, readProblems);
    audit.record(
        AUDIT_ENTITY,
        pluginId,
        "receive",
        null,
        Map.of(
            "received", receipt.received(),
            "created", receipt.created(),
            "updated", receipt.updated()));
    LOG.info(() -> actorNip + " fed " + receipt.received() + " records to plugin " + pluginId);
    return receipt;
  }

  private FeedReceipt store(String pluginId, List<FeedRow> rows, List<RowProblem> readProblems) {
    if (pluginId == null || !feedablePlugins().contains(pluginId)) {
      throw new RuleViolation(
          RuleViolation.Kind.NOT_FOUND,
          "Plugin indikator '" + pluginId + "' tidak aktif di wilayah ini.",
          "Indicator plugin '" + pluginId + "' is not enabled in this region.");
    }
    if (rows.isEmpty() && readProblems.isEmpty()) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID, "Data tidak berisi satu baris pun.", "The data has no rows.");
    }
    return save(pluginId, checkAll(rows, readProblems));
  }

  /** The rows, every one checked; refuses the feed naming every problem, if any. */
  private List<FeedRowCheck.Checked> checkAll(List<FeedRow> rows, List<RowProblem> readProblems) {
    ZoneId zone = registry.current().timeZone();
    Map<String, Employee> employees =
        records.employeesByNip(
            rows.stream().map(FeedRow::nip).filter(n -> n != null).distinct().toList());
    List<RowProblem> problems = new ArrayList<>(readProblems);
    Map<String, Integer> firstRowOfId = new HashMap<>();
    List<FeedRowCheck.Checked> checked = new ArrayList<>();
    for (FeedRow row : rows) {
      checked.add(FeedRowCheck.check(row, employees, zone, firstRowOfId, problems));
    }
    if (!problems.isEmpty()) {
      throw refusal(problems);
    }
    return checked;
  }

  /** Stores checked rows: new records, or replacements of those with the same source id. */
  private FeedReceipt save(String pluginId, List<FeedRowCheck.Checked> checked) {
    List<String> ids = checked.stream().map(c -> c.row().id().trim()).distinct().toList();
    Map<String, FeedRecord> existing = records.bySourceId(pluginId, ids);
    OffsetDateTime now = OffsetDateTime.now(clock);
    int created = 0;
    for (FeedRowCheck.Checked c : checked) {
      FeedRecord record = existing.get(c.row().id().trim());
      boolean fresh = record == null;
      if (fresh) {
        record = new FeedRecord(pluginId, c.row().id().trim());
      }
      record.receive(c.employee(), c.openedAt(), c.closedAt(), c.value(), c.attributes(), now);
      if (fresh) {
        records.store(record);
        created++;
      }
    }
    records.flush();
    return new FeedReceipt(pluginId, checked.size(), created, checked.size() - created);
  }

  private static RuleViolation refusal(List<RowProblem> problems) {
    List<RowProblem> sorted =
        problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
    return new RuleViolation(
        RuleViolation.Kind.INVALID,
        "Tidak ada data yang disimpan. " + RowProblem.joinedId(sorted),
        "Nothing was stored. " + RowProblem.joinedEn(sorted));
  }

  private void requireAdmin() {
    if (!actor.isAdmin()) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya admin wilayah yang dapat mengirim data indikator.",
          "Only the region's admin may send indicator data.");
    }
  }
}
