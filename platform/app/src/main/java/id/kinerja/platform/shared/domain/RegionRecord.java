package id.kinerja.platform.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * What every record a region owns has: an id from the platform's one sequence and a version for
 * optimistic locking, so a concurrent edit is detected instead of overwritten (and a write aimed at
 * another region's row fails instead of silently changing nothing). The region itself is each
 * entity's tenant discriminator column, written and filtered by EclipseLink and checked again by
 * PostgreSQL's row-level security.
 */
@MappedSuperclass
public abstract class RegionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  /** The record's id; {@code null} until it is stored. */
  public Long getId() {
    return id;
  }

  /** The version the record was read at. */
  public long getVersion() {
    return version;
  }
}
