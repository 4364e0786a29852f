package id.kinerja.platform.feedback.domain;

/**
 * How a respondent stands towards the person they give 360 feedback about. The names match the
 * plugin API's respondent groups, which the services translate at the plugin boundary, so the
 * domain does not depend on the API vendors build against.
 */
public enum Relation {
  /** Colleagues with the same direct supervisor. */
  PEERS,
  /** The person's direct reports. */
  SUBORDINATES,
  /** The person's direct supervisor. */
  SUPERVISOR,
  /** Citizens and other members of the public. */
  PUBLIC
}
