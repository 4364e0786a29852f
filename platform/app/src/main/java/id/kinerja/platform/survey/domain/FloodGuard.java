package id.kinerja.platform.survey.domain;

/**
 * Whether the public page takes one more response: a unit takes at most {@code unitCap} responses a
 * minute from everyone together (a flood), a device at most {@code maxPerHour} an hour for one
 * unit.
 *
 * @param maxPerHour responses per device per unit per hour, at least 1
 * @param unitCap responses per unit per minute, at least 1
 */
public record FloodGuard(int maxPerHour, int unitCap) {

  /** What the page does with a response. */
  public enum Decision {
    /** Store it. */
    ACCEPT,
    /** The device reached its responses for the hour: try again in an hour. */
    DEVICE_LIMIT,
    /** The unit is flooded: everyone tries again in a few minutes. */
    UNIT_FLOOD
  }

  /** Checks the limits. */
  public FloodGuard {
    if (maxPerHour < 1 || unitCap < 1) {
      throw new IllegalArgumentException("limits are at least 1");
    }
  }

  /**
   * @param unitLastMinute the unit's responses in the last minute
   * @param deviceLastHour this device's responses for the unit in the last hour
   */
  public Decision decide(long unitLastMinute, long deviceLastHour) {
    if (unitLastMinute >= unitCap) {
      return Decision.UNIT_FLOOD;
    }
    if (deviceLastHour >= maxPerHour) {
      return Decision.DEVICE_LIMIT;
    }
    return Decision.ACCEPT;
  }
}
