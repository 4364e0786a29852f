/**
 * End-to-end tests: the whole stack as the launcher starts it (embedded PostgreSQL, Keycloak with a
 * realm per region, Payara Micro with the WAR and the plugins), driven through headless Chromium
 * and the REST API.
 */
package id.kinerja.systemtests;
