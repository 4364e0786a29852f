package id.kinerja.platform.survey.service;

import id.kinerja.platform.survey.domain.SkmIndex;

/**
 * A unit's citizen-satisfaction index over a time span, with its public survey page.
 *
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param publicLink the absolute address of the unit's survey page
 * @param index the SKM index of the responses in the span
 */
public record UnitIndex(String unitCode, String unitName, String publicLink, SkmIndex index) {}
