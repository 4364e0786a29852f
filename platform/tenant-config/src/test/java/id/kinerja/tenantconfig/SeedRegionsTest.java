package id.kinerja.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import id.kinerja.tenantconfig.TenantDefinition.PluginSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the seed regions' configuration and demo data in the real {@code tenants-config}. */
class SeedRegionsTest {

  private static final List<String> CODES =
      List.of("banyumanik", "bungo", "kupang", "lampung", "tanjungbalai");
  private static final Pattern NIP = Pattern.compile("\\d{18}");
  private static final Pattern EMAIL =
      Pattern.compile(
          "[a-z0-9]+([._-][a-z0-9]+)*@[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
  private static final Set<String> POSITION_KINDS =
      Set.of("JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL");
  private static final Set<String> EMPLOYMENT_TYPES = Set.of("PNS", "PPPK");

  private static TenantsConfig config;
  private static Map<String, TenantDefinition> tenants;

  @BeforeAll
  static void readFolder() {
    config = TenantsConfig.at(Path.of("../../tenants-config"));
    tenants =
        config.tenants().stream()
            .collect(Collectors.toMap(TenantDefinition::code, Function.identity()));
  }

  static List<String> codes() {
    return CODES;
  }

  @Test
  void exactlyTheFiveSeedRegionsExist() {
    assertEquals(Set.copyOf(CODES), tenants.keySet());
  }

  @ParameterizedTest
  @MethodSource("codes")
  void eachRegionHasBetween25And60Employees(String code) {
    int count = config.demoEmployees(code).size();
    assertTrue(count >= 25 && count <= 60, code + " has " + count + " employees");
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyNipIs18DigitsOfBirthDateAppointmentMonthGenderAndSequence(String code) {
    List<String> faults = new ArrayList<>();
    for (DemoEmployee employee : config.demoEmployees(code)) {
      String fault = nipFault(employee.nip());
      if (fault != null) {
        faults.add(employee.nip() + " (" + employee.name() + "): " + fault);
      }
    }
    assertEquals(List.of(), faults, code);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void nipsAreUniqueInTheRegion(String code) {
    List<String> nips = config.demoEmployees(code).stream().map(DemoEmployee::nip).toList();
    assertEquals(nips.size(), Set.copyOf(nips).size(), code + " repeats a NIP");
  }

  @Test
  void nipsAreUniqueAcrossAllRegions() {
    Map<String, String> regionByNip = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (String code : CODES) {
      for (DemoEmployee employee : config.demoEmployees(code)) {
        String other = regionByNip.putIfAbsent(employee.nip(), code);
        if (other != null) {
          repeated.add(employee.nip() + " in " + other + " and " + code);
        }
      }
    }
    assertEquals(List.of(), repeated);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyEmployeeHasAKnownPositionKindAndEmploymentTypeAndAValidUniqueEmail(String code) {
    List<DemoEmployee> employees = config.demoEmployees(code);
    Set<String> emails = new HashSet<>();
    for (DemoEmployee e : employees) {
      assertAll(
          e.nip(),
          () -> assertTrue(POSITION_KINDS.contains(e.positionKind()), e.positionKind()),
          () -> assertTrue(EMPLOYMENT_TYPES.contains(e.employmentType()), e.employmentType()),
          () -> assertFalse(e.name().isBlank(), "name"),
          () -> assertFalse(e.position().isBlank(), "position"),
          () -> assertTrue(EMAIL.matcher(e.email()).matches(), e.email()),
          () -> assertTrue(emails.add(e.email()), "repeated e-mail " + e.email()));
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everySupervisorIsAnEmployeeOfTheSameRegion(String code) {
    Map<String, DemoEmployee> byNip = employeesByNip(code);
    List<String> unknown =
        byNip.values().stream()
            .filter(e -> e.supervisorNip().isPresent())
            .filter(e -> !byNip.containsKey(e.supervisorNip().get()))
            .map(e -> e.nip() + " reports to unknown " + e.supervisorNip().get())
            .toList();
    assertEquals(List.of(), unknown, code);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void reportingLinesHaveExactlyOneRootAndNoCycles(String code) {
    Map<String, DemoEmployee> byNip = employeesByNip(code);
    List<String> roots =
        byNip.values().stream().filter(e -> e.supervisorNip().isEmpty()).map(e -> e.nip()).toList();
    assertEquals(1, roots.size(), code + " roots: " + roots);
    for (DemoEmployee employee : byNip.values()) {
      Set<String> seen = new HashSet<>();
      DemoEmployee current = employee;
      while (current != null && current.supervisorNip().isPresent()) {
        assertTrue(seen.add(current.nip()), code + ": a cycle through " + current.nip());
        current = byNip.get(current.supervisorNip().get());
      }
      assertNotNull(current, code + ": " + employee.nip() + " does not reach the root");
      assertEquals(roots.get(0), current.nip(), code + ": " + employee.nip());
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyEmployeeWorksInAnExistingUnit(String code) {
    Set<String> units =
        config.demoUnits(code).stream().map(DemoUnit::code).collect(Collectors.toSet());
    List<String> unknown =
        config.demoEmployees(code).stream()
            .filter(e -> !units.contains(e.unitCode()))
            .map(e -> e.nip() + " in unknown unit " + e.unitCode())
            .toList();
    assertEquals(List.of(), unknown, code);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void unitsFormOneTreeWithOneRoot(String code) {
    List<DemoUnit> units = config.demoUnits(code);
    Map<String, DemoUnit> byCode = new HashMap<>();
    units.forEach(u -> assertTrue(byCode.put(u.code(), u) == null, code + " repeats " + u.code()));
    List<String> roots =
        units.stream().filter(u -> u.parentCode().isEmpty()).map(DemoUnit::code).toList();
    assertEquals(1, roots.size(), code + " root units: " + roots);
    for (DemoUnit unit : units) {
      Set<String> seen = new HashSet<>();
      DemoUnit current = unit;
      while (current.parentCode().isPresent()) {
        assertTrue(seen.add(current.code()), code + ": a cycle through unit " + current.code());
        DemoUnit parent = byCode.get(current.parentCode().get());
        assertNotNull(parent, code + ": unknown parent unit " + current.parentCode().get());
        current = parent;
      }
      assertEquals(roots.get(0), current.code(), code + ": " + unit.code());
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void demoAccountsAreEmployeesAndPegawaiReportsToPenilai(String code) {
    DemoAccounts demo =
        tenants.get(code).demo().orElseThrow(() -> new AssertionError(code + " has no demo"));
    Map<String, DemoEmployee> byNip = employeesByNip(code);
    DemoEmployee admin = byNip.get(demo.admin());
    DemoEmployee appraiser = byNip.get(demo.appraiser());
    DemoEmployee employee = byNip.get(demo.employee());
    assertNotNull(admin, code + ": admin " + demo.admin() + " is no employee");
    assertNotNull(appraiser, code + ": penilai " + demo.appraiser() + " is no employee");
    assertNotNull(employee, code + ": pegawai " + demo.employee() + " is no employee");
    assertEquals(
        demo.appraiser(),
        employee.supervisorNip().orElse(null),
        code + ": pegawai's supervisor must be penilai");
  }

  @ParameterizedTest
  @MethodSource("codes")
  void demoPenilaiSupervisesAtLeastThreeEmployees(String code) {
    String appraiser = tenants.get(code).demo().orElseThrow().appraiser();
    long reports =
        config.demoEmployees(code).stream()
            .filter(e -> e.supervisorNip().filter(appraiser::equals).isPresent())
            .count();
    assertTrue(reports >= 3, code + ": penilai has " + reports + " direct reports");
  }

  @ParameterizedTest
  @MethodSource("codes")
  void demoAdminWorksInThePersonnelAgency(String code) {
    String admin = tenants.get(code).demo().orElseThrow().admin();
    String unit = employeesByNip(code).get(admin).unitCode();
    assertTrue(Set.of("bkpsdm", "bkd").contains(unit), code + ": admin works in " + unit);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void identityUsesTheRegionRealmAndThePortalClient(String code) {
    TenantDefinition tenant = tenants.get(code);
    assertEquals(code, tenant.identity().realm());
    assertEquals("kinerja-portal", tenant.identity().clientId());
    assertEquals(code + "-dev-secret", tenant.identity().clientSecret());
  }

  @Test
  void tanjungbalaiHasHealthIndicatorsEnabled() {
    PluginSettings plugin = tenants.get("tanjungbalai").plugins().get("health-indicators");
    assertNotNull(plugin);
    assertTrue(plugin.enabled());
  }

  @Test
  void kupangDoesNotHaveHealthIndicatorsEnabled() {
    PluginSettings plugin = tenants.get("kupang").plugins().get("health-indicators");
    assertTrue(plugin == null || !plugin.enabled());
  }

  @Test
  void kupangIsInTheWitaTimeZone() {
    assertEquals(ZoneId.of("Asia/Makassar"), tenants.get("kupang").timeZone());
  }

  private static Map<String, DemoEmployee> employeesByNip(String code) {
    return config.demoEmployees(code).stream()
        .collect(Collectors.toMap(DemoEmployee::nip, Function.identity(), (a, b) -> a));
  }

  /** Why a NIP breaks the national format, or null if it follows it. */
  private static String nipFault(String nip) {
    if (!NIP.matcher(nip).matches()) {
      return "not 18 digits";
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(nip.substring(0, 4)),
              Integer.parseInt(nip.substring(4, 6)),
              Integer.parseInt(nip.substring(6, 8)));
    } catch (DateTimeException e) {
      return "birth date is no calendar date";
    }
    YearMonth appointment;
    try {
      appointment =
          YearMonth.of(
              Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
    } catch (DateTimeException e) {
      return "appointment is no calendar month";
    }
    if (appointment.isBefore(YearMonth.from(birth.plusYears(18)))) {
      return "appointed before the age of 18";
    }
    if (appointment.isAfter(YearMonth.now())) {
      return "appointed in the future";
    }
    char gender = nip.charAt(14);
    if (gender != '1' && gender != '2') {
      return "gender digit is neither 1 nor 2";
    }
    if (nip.endsWith("000")) {
      return "sequence 000";
    }
    return null;
  }
}
