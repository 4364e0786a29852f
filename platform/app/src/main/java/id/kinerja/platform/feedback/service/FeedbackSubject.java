package id.kinerja.platform.feedback.service;

import id.kinerja.plugin.api.RespondentGroup;

/**
 * A colleague the caller may give 360 feedback about in a period.
 *
 * @param employeeId the colleague's id
 * @param nip the colleague's NIP
 * @param name the colleague's name
 * @param position the colleague's position
 * @param group the caller's group towards the colleague
 * @param done whether the caller has answered every source that asks that group
 */
public record FeedbackSubject(
    long employeeId,
    String nip,
    String name,
    String position,
    RespondentGroup group,
    boolean done) {}
