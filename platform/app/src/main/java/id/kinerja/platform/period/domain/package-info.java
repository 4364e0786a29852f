/** The period calendar of a year and the period as stored. */
package id.kinerja.platform.period.domain;
