/**
 * The HTTP side of identity: binding each request's {@link
 * id.kinerja.platform.security.service.Actor}.
 */
package id.kinerja.platform.security.api;
