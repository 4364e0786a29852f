/** {@code /api/v1/documents}: the official documents as PDF downloads. */
package id.kinerja.platform.document.api;
