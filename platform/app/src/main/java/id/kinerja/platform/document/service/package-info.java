/** Building the documents' XHTML, rendering it to PDF, and who may download which document. */
package id.kinerja.platform.document.service;
