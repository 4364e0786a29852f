package id.kinerja.platform.feedback.domain;

import id.kinerja.plugin.api.FeedbackSource;

/**
 * The anonymity rule: a respondent group's answers are shown only once the group has at least as
 * many respondents as the source's threshold, and never fewer than {@value
 * FeedbackSource#DEFAULT_ANONYMITY_THRESHOLD}, whatever the source says.
 */
public final class AnonymityThreshold {

  private AnonymityThreshold() {}

  /** The threshold applied for a source that asks for {@code sourceThreshold}. */
  public static int effective(int sourceThreshold) {
    return Math.max(FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD, sourceThreshold);
  }

  /** Whether a group of {@code respondents} may be shown under a source's threshold. */
  public static boolean shown(int respondents, int sourceThreshold) {
    return respondents >= effective(sourceThreshold);
  }
}
