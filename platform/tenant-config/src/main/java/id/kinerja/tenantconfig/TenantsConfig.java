package id.kinerja.tenantconfig;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import id.kinerja.tenantconfig.TenantDefinition.EvaluationPeriod;
import id.kinerja.tenantconfig.TenantDefinition.Identity;
import id.kinerja.tenantconfig.TenantDefinition.Kind;
import id.kinerja.tenantconfig.TenantDefinition.PluginSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the regions of a {@code tenants-config} folder. */
public final class TenantsConfig {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path root;
  private final Function<String, String> environment;

  /**
   * @param root the tenants-config folder
   * @param environment looks up environment variables named in {@code ${NAME}} references
   */
  public TenantsConfig(Path root, Function<String, String> environment) {
    this.root = root;
    this.environment = environment;
  }

  /** Reads the folder with the process environment. */
  public static TenantsConfig at(Path root) {
    return new TenantsConfig(root, System::getenv);
  }

  /** The folder read. */
  public Path root() {
    return root;
  }

  /**
   * Every region: each subfolder holding a {@code tenant.yaml}, in the order of their codes.
   *
   * @throws TenantConfigException naming the file if one cannot be read
   */
  public List<TenantDefinition> tenants() {
    try (Stream<Path> folders = Files.list(root)) {
      return folders
          .filter(folder -> Files.isRegularFile(folder.resolve("tenant.yaml")))
          .sorted()
          .map(this::read)
          .toList();
    } catch (IOException e) {
      throw new TenantConfigException("Cannot list tenants-config folder " + root, e);
    }
  }

  /** The demo units of a region, empty if it has none. */
  public List<DemoUnit> demoUnits(String code) {
    return readCsv(
        root.resolve(code).resolve("demo/units.csv"),
        r -> new DemoUnit(r.get("code"), r.get("name"), optional(r.get("parent_code"))));
  }

  /** The demo employees of a region, empty if it has none. */
  public List<DemoEmployee> demoEmployees(String code) {
    return readCsv(
        root.resolve(code).resolve("demo/employees.csv"),
        r ->
            new DemoEmployee(
                r.get("nip"),
                r.get("name"),
                r.get("position"),
                r.get("position_kind"),
                r.get("unit_code"),
                optional(r.get("supervisor_nip")),
                r.get("employment_type"),
                r.get("email")));
  }

  private static <T> List<T> readCsv(Path file, Function<CSVRecord, T> mapper) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<T> rows = new ArrayList<>();
      for (CSVRecord record : format.parse(reader)) {
        rows.add(mapper.apply(record));
      }
      return rows;
    } catch (IOException | IllegalArgumentException e) {
      throw new TenantConfigException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private TenantDefinition read(Path folder) {
    Path file = folder.resolve("tenant.yaml");
    String code = folder.getFileName().toString();
    if (!CODE.matcher(code).matches()) {
      throw new TenantConfigException(
          file + ": the folder name must be a region code of lower-case letters, digits and '-'");
    }
    try {
      TenantYaml yaml = YAML.readValue(file.toFile(), TenantYaml.class);
      return yaml.toDefinition(code, this::resolve);
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
      throw new TenantConfigException(file + ": " + e.getMessage(), e);
    }
  }

  private String resolve(String value) {
    if (value == null) {
      return null;
    }
    var matcher = ENV_REFERENCE.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String variable = environment.apply(matcher.group(1));
      if (variable == null) {
        throw new IllegalArgumentException(
            "environment variable " + matcher.group(1) + " is not set");
      }
      matcher.appendReplacement(resolved, java.util.regex.Matcher.quoteReplacement(variable));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The file's shape, as Jackson binds it. */
  record TenantYaml(
      String name,
      String kind,
      String timeZone,
      List<String> hosts,
      String evaluationPeriod,
      IdentityYaml identity,
      Map<String, PluginYaml> plugins,
      DeadlinesYaml deadlines,
      DemoYaml demo) {

    TenantDefinition toDefinition(String code, Function<String, String> resolve) {
      require(name, "name");
      require(kind, "kind");
      require(timeZone, "timeZone");
      require(evaluationPeriod, "evaluationPeriod");
      require(identity, "identity");
      Map<String, PluginSettings> pluginSettings = new LinkedHashMap<>();
      if (plugins != null) {
        plugins.forEach(
            (id, plugin) -> {
              Map<String, String> config = new LinkedHashMap<>();
              if (plugin.config() != null) {
                plugin.config().forEach((key, value) -> config.put(key, value.asText()));
              }
              pluginSettings.put(
                  id, new PluginSettings(plugin.enabled() == null || plugin.enabled(), config));
            });
      }
      return new TenantDefinition(
          code,
          name,
          Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
          ZoneId.of(timeZone),
          hosts == null ? List.of() : List.copyOf(hosts),
          EvaluationPeriod.valueOf(evaluationPeriod.toUpperCase(Locale.ROOT)),
          new Identity(
              identity.realm() == null ? code : identity.realm(),
              optional(identity.issuer()),
              identity.clientId() == null ? "kinerja-portal" : identity.clientId(),
              resolve.apply(require(identity.clientSecret(), "identity.clientSecret")),
              optional(identity.organization())),
          java.util.Collections.unmodifiableMap(pluginSettings),
          deadlines == null
              ? TenantDefinition.Deadlines.DEFAULT
              : new TenantDefinition.Deadlines(
                  deadlines.closingDays() == null
                      ? TenantDefinition.Deadlines.DEFAULT.closingDays()
                      : deadlines.closingDays(),
                  deadlines.objectionDays() == null
                      ? TenantDefinition.Deadlines.DEFAULT.objectionDays()
                      : deadlines.objectionDays()),
          Optional.ofNullable(demo)
              .map(d -> new DemoAccounts(d.admin(), d.penilai(), d.pegawai())));
    }

    private static <T> T require(T value, String field) {
      if (value == null) {
        throw new IllegalArgumentException("'" + field + "' is required");
      }
      return value;
    }
  }

  record IdentityYaml(
      String realm, String issuer, String clientId, String clientSecret, String organization) {}

  record PluginYaml(Boolean enabled, Map<String, JsonNode> config) {}

  record DeadlinesYaml(Integer closingDays, Integer objectionDays) {}

  record DemoYaml(String admin, String penilai, String pegawai) {}
}
