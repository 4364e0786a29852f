package id.kinerja.platform.survey.service;

/** What became of a submitted public form. */
public enum SubmitOutcome {
  /** Stored. */
  ACCEPTED,
  /** Not stored: a robot filled in the hidden field, or the token was not this server's. */
  REFUSED,
  /** Not stored: sent back faster than a person fills in the form. */
  TOO_FAST,
  /** Not stored: the form was issued too long ago. */
  EXPIRED,
  /** Not stored: this device sent the unit its responses for the hour. */
  DEVICE_LIMIT,
  /** Not stored: the unit receives too many responses this minute. */
  UNIT_FLOOD
}
