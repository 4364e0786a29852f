/**
 * The citizens' satisfaction survey (SKM): a public page per service unit, the unit's index (IKM)
 * and the printable poster that leads citizens to the page.
 */
package id.kinerja.platform.survey;
