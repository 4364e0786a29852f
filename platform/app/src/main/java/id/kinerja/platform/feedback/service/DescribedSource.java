package id.kinerja.platform.feedback.service;

import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.RespondentGroup;
import java.util.List;
import java.util.Set;

/**
 * A feedback source as its plugin describes it for the current region, or why it could not.
 *
 * @param extension the region's enabled extension
 * @param respondents the groups the source asks
 * @param questions the source's questions
 * @param threshold the source's anonymity threshold
 * @param failure why the plugin gave no description, or {@code null}
 */
record DescribedSource(
    RegionExtension<FeedbackSourceFactory> extension,
    Set<RespondentGroup> respondents,
    List<FeedbackQuestion> questions,
    int threshold,
    String failure) {

  String id() {
    return extension.factory().id();
  }

  String nameId() {
    return extension.factory().nameId();
  }

  String nameEn() {
    return extension.factory().nameEn();
  }

  /** The questions put to a group. */
  List<FeedbackQuestion> askedOf(RespondentGroup group) {
    return questions.stream().filter(q -> q.askedOf().contains(group)).toList();
  }

  /** Whether the source asks the group anything. */
  boolean asks(RespondentGroup group) {
    return !askedOf(group).isEmpty();
  }
}
