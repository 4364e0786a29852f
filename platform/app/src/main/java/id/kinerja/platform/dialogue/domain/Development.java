package id.kinerja.platform.dialogue.domain;

import java.time.LocalDate;

/**
 * A development plan item as agreed in a dialogue.
 *
 * @param kind training, coaching, mentoring or on-the-job
 * @param description what is to be done
 * @param targetDate when it should be done, or null
 */
public record Development(DevelopmentKind kind, String description, LocalDate targetDate) {}
