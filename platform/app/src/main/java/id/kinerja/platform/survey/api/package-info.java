/** {@code /api/v1/survey}: the units' SKM index for the region's admin. */
package id.kinerja.platform.survey.api;
