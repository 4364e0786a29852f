package id.kinerja.platform.organization.bench;

import id.kinerja.platform.organization.service.ImportReport;
import id.kinerja.platform.organization.service.OrganizationBulkWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The organisation import's core (parse, validate against the region, write: the code the WAR runs,
 * {@link OrganizationBulkWriter}) on a generated file, against an embedded PostgreSQL as the
 * application role with row-level security on. Keycloak provisioning is not part of it. Prints
 * elapsed time, rows per second and peak heap per scenario:
 *
 * <ul>
 *   <li>cold: into an empty region (every run empties it first);
 *   <li>re-import, unchanged: the same file again, nothing written;
 *   <li>re-import, 10% changed: every tenth employee's position changes.
 * </ul>
 *
 * <p>Run with {@code ./deploy/bench.sh import [employees] [runs]}; not part of the build.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  /** Arguments: the number of employees (100000) and of measured runs per scenario (3). */
  public static void main(String[] args) throws Exception {
    // The embedded server's and Flyway's progress is not part of the figures.
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (var handler : root.getHandlers()) {
      handler.setLevel(java.util.logging.Level.WARNING);
    }
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    byte[] file = EmployeeFile.csv(employees, 0);
    byte[] changed = EmployeeFile.csv(employees, 1);
    System.out.printf(
        Locale.ROOT,
        "Import benchmark: %,d employees, %,d KB file, %d runs per scenario, %d processors,"
            + " max heap %,d MB, Java %s%n",
        employees,
        file.length / 1024,
        runs,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"));
    Path data = Files.createTempDirectory("kinerja-bench");
    long start = System.nanoTime();
    try (BenchDatabase db = BenchDatabase.start(data.resolve("postgres"))) {
      System.out.printf(
          Locale.ROOT,
          "Embedded PostgreSQL started and migrated in %,d ms%n",
          (System.nanoTime() - start) / 1_000_000);
      // Warm-up (not counted): JIT and the server's caches.
      db.empty(BenchDatabase.REGION);
      run(db, file);
      List<Run> cold = new ArrayList<>();
      List<Run> unchanged = new ArrayList<>();
      List<Run> updated = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        db.empty(BenchDatabase.REGION);
        cold.add(run(db, file));
        expect(cold.get(i).report().created() == employees, "cold: all created", cold.get(i));
        unchanged.add(run(db, file));
        expect(
            unchanged.get(i).report().unchanged() == employees,
            "re-import: all unchanged",
            unchanged.get(i));
        updated.add(run(db, changed));
        expect(
            updated.get(i).report().updated() == (employees + 9) / 10,
            "re-import: a tenth updated",
            updated.get(i));
      }
      print("cold import", employees, cold);
      print("re-import, unchanged", employees, unchanged);
      print("re-import, 10% changed", employees, updated);
    } finally {
      deleteRecursively(data);
    }
  }

  private record Run(long nanos, long peakHeap, ImportReport report) {}

  private static Run run(BenchDatabase db, byte[] file) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    ImportReport report;
    try (Connection connection = db.inRegion(BenchDatabase.REGION)) {
      report =
          new OrganizationBulkWriter(connection, BenchDatabase.REGION, "Kota Bench")
              .apply(file)
              .report();
      connection.commit();
    }
    long nanos = System.nanoTime() - start;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Run(nanos, peak, report);
  }

  private static void expect(boolean condition, String what, Run run) {
    if (!condition) {
      throw new IllegalStateException("Unexpected outcome (" + what + "): " + run.report());
    }
  }

  private static void print(String scenario, int employees, List<Run> runs) {
    List<Long> millis = new ArrayList<>(runs.stream().map(r -> r.nanos() / 1_000_000).toList());
    Collections.sort(millis);
    long median = millis.get(millis.size() / 2);
    long peak = runs.stream().mapToLong(Run::peakHeap).max().orElse(0) / (1024 * 1024);
    System.out.printf(
        Locale.ROOT,
        "%-24s elapsed ms min %,d / median %,d / max %,d; %,.0f rows/s at the median;"
            + " peak heap %,d MB%n",
        scenario,
        millis.get(0),
        median,
        millis.get(millis.size() - 1),
        employees * 1000.0 / Math.max(1, median),
        peak);
  }

  private static void deleteRecursively(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
