package id.kinerja.plugin.api;

/**
 * Who is asked for 360 feedback about an employee.
 *
 * @since 1.1.0
 */
public enum RespondentGroup {
  /** Colleagues in the same unit (rekan kerja). */
  PEERS,
  /** The employee's subordinates (bawahan). */
  SUBORDINATES,
  /** The employee's appraiser (atasan langsung). */
  SUPERVISOR,
  /** Citizens served by the employee's unit (masyarakat), without an account. */
  PUBLIC
}
