/**
 * The authentication mechanism (OpenID Connect against the realm of the region the host names),
 * bearer-token verification for {@code /api}, the login record kept in the session, the role names,
 * and the request's {@link id.kinerja.platform.security.service.Actor}: who acts, in which region.
 */
package id.kinerja.platform.security.service;
