package id.kinerja.platform.calibration.bench;

import id.kinerja.platform.calibration.domain.AppraiserOutlier;
import id.kinerja.platform.calibration.domain.UnitCurve;
import id.kinerja.platform.calibration.service.PeriodSnapshot;
import id.kinerja.platform.organization.bench.BenchDatabase;
import id.kinerja.platform.organization.bench.EmployeeFile;
import id.kinerja.platform.organization.service.OrganizationBulkWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recompute of a period for a whole region, with the code calibration runs in the WAR ({@link
 * PeriodSnapshot}): read every employee and rating over JDBC as the application role with row-level
 * security on, recompute each predikat by the national matrix, check every unit's distribution
 * curve and find the outlier appraisers. One in a hundred ratings stores a wrong predikat, which
 * the recompute must find. Prints elapsed ms (min/median/max) and peak heap.
 *
 * <p>Run with {@code ./deploy/bench.sh recompute [employees] [runs]}; not part of the build.
 */
public final class RecomputeBenchmark {

  private RecomputeBenchmark() {}

  /** Arguments: the number of employees (100000) and of measured runs (5). */
  public static void main(String[] args) throws Exception {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (var handler : root.getHandlers()) {
      handler.setLevel(java.util.logging.Level.WARNING);
    }
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.out.printf(
        Locale.ROOT,
        "Recompute benchmark: %,d employees with one rating each, %d runs, %d processors,"
            + " max heap %,d MB, Java %s%n",
        employees,
        runs,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"));
    Path data = Files.createTempDirectory("kinerja-bench");
    try (BenchDatabase db = BenchDatabase.start(data.resolve("postgres"))) {
      long start = System.nanoTime();
      long periodId = seed(db, employees);
      System.out.printf(
          Locale.ROOT,
          "Seeded (import, plans, ratings) in %,d ms%n",
          (System.nanoTime() - start) / 1_000_000);
      run(db, periodId, employees); // warm-up: JIT and the server's caches
      List<Long> millis = new ArrayList<>();
      long peak = 0;
      Result last = null;
      for (int i = 0; i < runs; i++) {
        last = run(db, periodId, employees);
        millis.add(last.nanos / 1_000_000);
        peak = Math.max(peak, last.peakHeap);
      }
      Collections.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "recompute (read, predikat, %,d unit curves, outliers) elapsed ms min %,d / median %,d"
              + " / max %,d; peak heap %,d MB%n",
          last.units,
          millis.get(0),
          millis.get(millis.size() / 2),
          millis.get(millis.size() - 1),
          peak / (1024 * 1024));
      System.out.printf(
          Locale.ROOT,
          "found: %,d stored predikat differing from the matrix (expected %,d), %,d units"
              + " breaking their curve, %,d outlier appraisers%n",
          last.stale,
          (employees + 99) / 100,
          last.broken,
          last.outliers);
      System.out.println("Target: at most 5,000 ms for 100,000 employees.");
    } finally {
      try (var paths = Files.walk(data)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private record Result(
      long nanos, long peakHeap, int units, int stale, long broken, int outliers) {}

  private static Result run(BenchDatabase db, long periodId, int employees) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    PeriodSnapshot snapshot;
    try (Connection connection = db.inRegion(BenchDatabase.REGION)) {
      snapshot = PeriodSnapshot.load(connection, periodId);
      connection.commit();
    }
    Map<Long, UnitCurve> curves = snapshot.curves();
    List<AppraiserOutlier> outliers = snapshot.outliers();
    long nanos = System.nanoTime() - start;
    if (snapshot.employees().size() != employees) {
      throw new IllegalStateException("Read " + snapshot.employees().size() + " employees");
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Result(
        nanos,
        peak,
        curves.size(),
        snapshot.stale().size(),
        curves.values().stream().filter(UnitCurve::broken).count(),
        outliers.size());
  }

  /**
   * Imports the employees, then gives each an approved plan and a published rating of January:
   * ratings spread over the three values, appraised by the supervisor (the top by itself), one in a
   * hundred with a wrong stored predikat.
   */
  private static long seed(BenchDatabase db, int employees) throws Exception {
    try (Connection connection = db.inRegion(BenchDatabase.REGION)) {
      new OrganizationBulkWriter(connection, BenchDatabase.REGION, "Kota Bench")
          .apply(EmployeeFile.csv(employees, 0));
      connection.commit();
    }
    long periodId;
    try (Connection connection = db.inRegion(BenchDatabase.REGION);
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "insert into evaluation_period (id, year, kind, number, starts_on, ends_on,"
                  + " deadline, state) values (nextval('kinerja_id_seq'), 2030, 'MONTH', 1,"
                  + " date '2030-01-01', date '2030-01-31', timestamptz '2030-02-06 00:00+07',"
                  + " 'OPEN') returning id")) {
        rs.next();
        periodId = rs.getLong(1);
      }
      statement.execute(
          "insert into performance_plan (id, employee_id, year, plan_version, status)"
              + " select nextval('kinerja_id_seq'), id, 2030, 1, 'APPROVED' from employee");
      statement.execute(
          "insert into period_rating (id, period_id, employee_id, appraiser_id, plan_id,"
              + " result_rating, behaviour_rating, predicate, status, rated_at, published_at)"
              + " select nextval('kinerja_id_seq'), "
              + periodId
              + ", e.id, coalesce(e.supervisor_id, e.id), p.id, r.result, r.behaviour,"
              + " case when e.id % 100 = 0 then 'SANGAT_KURANG' else"
              + "   case r.result"
              + "     when 'ABOVE_EXPECTATION' then case r.behaviour"
              + "       when 'BELOW_EXPECTATION' then 'KURANG' when 'AS_EXPECTED' then 'BAIK'"
              + "       else 'SANGAT_BAIK' end"
              + "     when 'AS_EXPECTED' then case r.behaviour"
              + "       when 'BELOW_EXPECTATION' then 'KURANG' else 'BAIK' end"
              + "     else case r.behaviour"
              + "       when 'BELOW_EXPECTATION' then 'SANGAT_KURANG' else 'BUTUH_PERBAIKAN' end"
              + "   end end,"
              + " 'PUBLISHED', now(), now()"
              + " from employee e join performance_plan p on p.employee_id = e.id"
              + " cross join lateral (select"
              + "   (array['ABOVE_EXPECTATION','AS_EXPECTED','AS_EXPECTED','AS_EXPECTED',"
              + "          'BELOW_EXPECTATION'])[1 + (e.id / 50 % 5)::int] as result,"
              + "   (array['ABOVE_EXPECTATION','AS_EXPECTED','AS_EXPECTED',"
              + "          'BELOW_EXPECTATION'])[1 + (e.id / 250 % 4)::int] as behaviour) r");
      connection.commit();
    }
    try (Connection owner = db.owner();
        Statement statement = owner.createStatement()) {
      statement.execute("vacuum analyze employee, org_unit, performance_plan, period_rating");
    }
    return periodId;
  }
}
