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
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
  private static final int MAX_ID_LENGTH = 200;
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

  /** A row that passed every check. */
  private record Checked(
      FeedRow row,
      Employee employee,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      BigDecimal value,
      String attributes) {}

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
    ZoneId zone = registry.current().timeZone();
    Map<String, Employee> employees =
        records.employeesByNip(
            rows.stream().map(FeedRow::nip).filter(n -> n != null).distinct().toList());
    List<RowProblem> problems = new ArrayList<>(readProblems);
    Map<String, Integer> firstRowOfId = new HashMap<>();
    List<Checked> checked = new ArrayList<>();
    for (FeedRow row : rows) {
      int before = problems.size();
      Checked c = check(row, employees, zone, firstRowOfId, problems);
      if (problems.size() == before) {
        checked.add(c);
      }
    }
    if (!problems.isEmpty()) {
      throw refusal(problems);
    }
    Map<String, FeedRecord> existing =
        records.bySourceId(pluginId, List.copyOf(firstRowOfId.keySet()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    int created = 0;
    for (Checked c : checked) {
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

  private static Checked check(
      FeedRow row,
      Map<String, Employee> employees,
      ZoneId zone,
      Map<String, Integer> firstRowOfId,
      List<RowProblem> problems) {
    int n = row.row();
    Employee employee = null;
    if (blank(row.nip())) {
      problems.add(new RowProblem(n, "NIP kosong.", "the NIP is missing."));
    } else {
      employee = employees.get(row.nip().trim());
      if (employee == null) {
        problems.add(
            new RowProblem(
                n,
                "NIP " + row.nip().trim() + " tidak dikenal di wilayah ini.",
                "NIP " + row.nip().trim() + " is not known in this region."));
      }
    }
    if (blank(row.id())) {
      problems.add(new RowProblem(n, "id catatan kosong.", "the record id is missing."));
    } else if (row.id().trim().length() > MAX_ID_LENGTH) {
      problems.add(
          new RowProblem(
              n,
              "id catatan lebih dari " + MAX_ID_LENGTH + " karakter.",
              "the record id is longer than " + MAX_ID_LENGTH + " characters."));
    } else {
      Integer first = firstRowOfId.putIfAbsent(row.id().trim(), n);
      if (first != null) {
        problems.add(
            new RowProblem(
                n,
                "id " + row.id().trim() + " sudah ada di baris " + first + ".",
                "id " + row.id().trim() + " already appears in row " + first + "."));
      }
    }
    OffsetDateTime opened = null;
    if (blank(row.openedAt())) {
      problems.add(new RowProblem(n, "openedAt kosong.", "openedAt is missing."));
    } else {
      opened = time(n, "openedAt", row.openedAt(), zone, problems);
    }
    OffsetDateTime closed =
        blank(row.closedAt()) ? null : time(n, "closedAt", row.closedAt(), zone, problems);
    if (opened != null && closed != null && closed.isBefore(opened)) {
      problems.add(
          new RowProblem(
              n, "closedAt lebih awal dari openedAt.", "closedAt lies before openedAt."));
    }
    BigDecimal value = null;
    if (!blank(row.value())) {
      try {
        value = new BigDecimal(row.value().trim());
      } catch (NumberFormatException e) {
        problems.add(
            new RowProblem(
                n,
                "value '" + row.value().trim() + "' bukan angka.",
                "value '" + row.value().trim() + "' is not a number."));
      }
    }
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    for (var attribute : new TreeMap<>(row.attributes()).entrySet()) {
      if (blank(attribute.getKey())) {
        problems.add(new RowProblem(n, "nama atribut kosong.", "an attribute has no name."));
      } else {
        attributes.add(attribute.getKey().trim(), attribute.getValue());
      }
    }
    return new Checked(row, employee, opened, closed, value, attributes.build().toString());
  }

  private static OffsetDateTime time(
      int row, String column, String text, ZoneId zone, List<RowProblem> problems) {
    OffsetDateTime time = FeedTimes.parse(text, zone);
    if (time == null) {
      problems.add(
          new RowProblem(
              row,
              column
                  + " '"
                  + text.trim()
                  + "' bukan waktu (contoh 2026-10-01T08:30:00Z atau 2026-10-01 08:30).",
              column
                  + " '"
                  + text.trim()
                  + "' is not a time (for example 2026-10-01T08:30:00Z or 2026-10-01 08:30)."));
    }
    return time;
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

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
