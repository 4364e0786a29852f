package id.kinerja.platform.indicator.service;

import id.kinerja.platform.indicator.domain.FeedRecord;
import id.kinerja.platform.indicator.domain.PeriodWindow;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.service.PluginInvoker;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.IndicatorRealisation;
import id.kinerja.plugin.api.IndicatorRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin indicators' realisations of an employee for a period: every indicator plugin the
 * region has enabled gets the employee's records of the period and of the previous period of the
 * same length, with the region's current configuration, through the {@link PluginInvoker}. A plugin
 * that fails becomes a failed row; the others go on.
 */
@ApplicationScoped
@Transactional
public class IndicatorResults {

  @Inject TenantEntityManager entityManager;
  @Inject FeedRecords records;
  @Inject Employees employees;
  @Inject Actor actor;
  @Inject TenantRegistry registry;
  @Inject RegionPlugins plugins;
  @Inject PluginInvoker invoker;

  /**
   * The plugin indicators of one employee for one period, in the order the region's plugins and
   * their definitions give them. An indicator the plugin does not compute is a row {@link
   * IndicatorResult.Status#ENTERED_BY_EMPLOYEE}, so that the employee sees it is theirs to enter.
   *
   * @param employeeId the employee whose realisations are computed
   * @param periodId the evaluation period
   * @throws RuleViolation FORBIDDEN unless the caller is the employee, the appraiser, the
   *     appraiser's supervisor or the admin; NOT_FOUND for an employee or period not of the region
   */
  public List<IndicatorResult> forEmployee(long employeeId, long periodId) {
    Employee viewer = viewer();
    Employee employee = employees.find(employeeId);
    EvaluationPeriod period = Records.find(entityManager.get(), EvaluationPeriod.class, periodId);
    requireReader(viewer, employee);
    PeriodWindow window = new PeriodWindow(period.getStartsOn(), period.getEndsOn());
    ZoneId zone = registry.current().timeZone();
    Map<String, IndicatorData> dataByPlugin = new HashMap<>();
    List<IndicatorResult> results = new ArrayList<>();
    for (RegionExtension<IndicatorProviderFactory> extension :
        plugins.enabled(IndicatorProviderFactory.class)) {
      IndicatorData data =
          dataByPlugin.computeIfAbsent(extension.pluginId(), p -> data(p, employee, window, zone));
      results.addAll(compute(extension, data));
    }
    return results;
  }

  /** One plugin's rows: its definitions, each computed from the data, each call contained. */
  List<IndicatorResult> compute(
      RegionExtension<IndicatorProviderFactory> extension, IndicatorData data) {
    String pluginId = extension.pluginId();
    PluginCallResult<List<IndicatorDefinition>> definitions =
        invoker.call(extension, "definitions()", IndicatorProvider::definitions);
    if (!definitions.succeeded() || definitions.value() == null) {
      return List.of(failed(pluginId, null, reason(definitions)));
    }
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorDefinition definition : definitions.value()) {
      String code = definition.code();
      PluginCallResult<Optional<IndicatorRealisation>> computed =
          invoker.call(extension, "compute(" + code + ")", p -> p.compute(code, data));
      if (!computed.succeeded()) {
        results.add(failed(pluginId, definition, reason(computed)));
        continue;
      }
      Optional<IndicatorRealisation> realisation =
          computed.value() == null ? Optional.empty() : computed.value();
      results.add(
          realisation
              .map(r -> computed(pluginId, definition, r))
              .orElseGet(() -> entered(pluginId, definition)));
    }
    return results;
  }

  private static String reason(PluginCallResult<?> result) {
    return result.failed().map(f -> f.reason()).orElse("no answer");
  }

  private static IndicatorResult computed(
      String pluginId, IndicatorDefinition d, IndicatorRealisation r) {
    return new IndicatorResult(
        pluginId,
        d.code(),
        d.labelId(),
        d.labelEn(),
        d.unit(),
        d.direction(),
        d.guidanceId(),
        d.guidanceEn(),
        IndicatorResult.Status.COMPUTED,
        r.value(),
        r.basedOn(),
        r.previousValue(),
        r.trend(),
        r.noteId(),
        r.noteEn(),
        null);
  }

  private static IndicatorResult entered(String pluginId, IndicatorDefinition d) {
    return new IndicatorResult(
        pluginId,
        d.code(),
        d.labelId(),
        d.labelEn(),
        d.unit(),
        d.direction(),
        d.guidanceId(),
        d.guidanceEn(),
        IndicatorResult.Status.ENTERED_BY_EMPLOYEE,
        null,
        0,
        null,
        null,
        "",
        "",
        null);
  }

  private static IndicatorResult failed(String pluginId, IndicatorDefinition d, String reason) {
    return new IndicatorResult(
        pluginId,
        d == null ? null : d.code(),
        d == null ? null : d.labelId(),
        d == null ? null : d.labelEn(),
        d == null ? null : d.unit(),
        d == null ? null : d.direction(),
        d == null ? null : d.guidanceId(),
        d == null ? null : d.guidanceEn(),
        IndicatorResult.Status.FAILED,
        null,
        0,
        null,
        null,
        "",
        "",
        reason);
  }

  private IndicatorData data(String pluginId, Employee employee, PeriodWindow window, ZoneId zone) {
    return new IndicatorData(
        window.start(),
        window.end(),
        records(pluginId, employee, window, zone),
        records(pluginId, employee, window.previous(), zone));
  }

  private List<IndicatorRecord> records(
      String pluginId, Employee employee, PeriodWindow window, ZoneId zone) {
    return records.ofEmployee(pluginId, employee, window.from(zone), window.until(zone)).stream()
        .map(IndicatorResults::toApi)
        .toList();
  }

  private static IndicatorRecord toApi(FeedRecord r) {
    Map<String, String> attributes = new LinkedHashMap<>();
    JsonObject json = Json.createReader(new StringReader(r.getAttributes())).readObject();
    json.forEach(
        (key, value) ->
            attributes.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
    return new IndicatorRecord(
        r.getSourceId(),
        r.getOpenedAt().toInstant(),
        r.getClosedAt() == null ? null : r.getClosedAt().toInstant(),
        r.getValue(),
        attributes);
  }

  private void requireReader(Employee me, Employee employee) {
    if (actor.isAdmin() || employee.isReadableBy(me)) {
      return;
    }
    throw forbidden();
  }

  private Employee viewer() {
    return employees.byNip(actor.nip()).orElseThrow(IndicatorResults::forbidden);
  }

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang melihat indikator pegawai ini.",
        "You may not see this employee's indicators.");
  }
}
