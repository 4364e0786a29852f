/** The citizens' responses, the SKM index with its service quality, and the page's protections. */
package id.kinerja.platform.survey.domain;
