/**
 * The authentication mechanism (OpenID Connect against the realm of the region the host names),
 * bearer-token verification for {@code /api}, the login record kept in the session, the role names,
 * and {@link id.kinerja.platform.security.service.CurrentUser} for views and resources.
 */
package id.kinerja.platform.security.service;
