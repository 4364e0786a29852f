/**
 * Security: who the caller is. People log in to their region's Keycloak realm (authorization code
 * with PKCE); REST clients send the region's bearer tokens. A login or token of one region never
 * opens another region's portal.
 */
package id.kinerja.platform.security;
