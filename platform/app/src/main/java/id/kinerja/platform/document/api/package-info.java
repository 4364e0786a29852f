/** {@code /api/v1/documents} and the portal's {@code /dokumen/} downloads: PDF documents, CSV. */
package id.kinerja.platform.document.api;
