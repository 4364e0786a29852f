/** {@code /api/v1/realisations}: realisations, evidence upload and download, feedback. */
package id.kinerja.platform.realisation.api;
