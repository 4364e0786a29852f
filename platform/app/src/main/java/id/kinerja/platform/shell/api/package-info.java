/** The REST API's application: base path, role checks and error mapping. */
package id.kinerja.platform.shell.api;
