package id.kinerja.platform.dialogue.service;

import id.kinerja.platform.dialogue.domain.Development;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a dialogue as written by either side.
 *
 * @param meetingDate when the meeting took place
 * @param achievements what was achieved (capaian)
 * @param obstacles what stood in the way (kendala)
 * @param developmentPlan the development plan items agreed
 */
public record DialogueInput(
    LocalDate meetingDate,
    String achievements,
    String obstacles,
    List<Development> developmentPlan) {}
