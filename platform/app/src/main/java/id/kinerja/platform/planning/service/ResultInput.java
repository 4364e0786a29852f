package id.kinerja.platform.planning.service;

import id.kinerja.platform.planning.domain.ResultKind;

/**
 * An RHK as the employee enters it.
 *
 * @param kind UTAMA or TAMBAHAN
 * @param text the RHK
 * @param supportsId the supervisor's approved RHK it supports, or null
 */
public record ResultInput(ResultKind kind, String text, Long supportsId) {}
