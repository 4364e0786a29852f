package id.kinerja.platform.development.service;

import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.tenancy.service.RegionScope;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * At start, fills each region's empty training catalog from its {@code training-catalog.csv}
 * ({@code code,titleId,titleEn,kind}); a catalog with entries is the admin's and is kept.
 */
@Startup
@Singleton
@DependsOn("RegionSync")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingCatalogStartup {

  @Inject RegionScope regions;

  /** The file in a region's tenants-config folder. */
  static final String FILE = "training-catalog.csv";

  private static final Logger LOG = Logger.getLogger(TrainingCatalogStartup.class.getName());

  @Inject TenantRegistry registry;
  @Inject TrainingCatalog catalog;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    for (TenantDefinition tenant : registry.all()) {
      Path file = registry.source().root().resolve(tenant.code()).resolve(FILE);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        List<CatalogEntryInput> shipped = read(file);
        int added = regions.call(tenant.code(), () -> catalog.seedIfEmpty(shipped));
        if (added > 0) {
          LOG.info(() -> "Seeded " + added + " training catalog entries into " + tenant.code());
        }
      } catch (IOException | IllegalArgumentException e) {
        LOG.log(Level.WARNING, "Cannot read " + file + "; the catalog is left as it is", e);
      }
    }
  }

  /** The entries of a catalog file; an unknown kind is refused. */
  static List<CatalogEntryInput> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CatalogEntryInput> entries = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : format.parse(reader)) {
        entries.add(
            new CatalogEntryInput(
                record.get("code"),
                record.get("titleId"),
                record.get("titleEn"),
                ActivityKind.valueOf(record.get("kind").strip().toUpperCase(Locale.ROOT))));
      }
    }
    return entries;
  }
}
