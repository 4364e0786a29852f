package id.kinerja.platform.security.service;

import id.kinerja.tenantconfig.TenantDefinition;

/** Where a realm's admin API and token endpoint are, and the client to call them as. */
record KeycloakRealm(String adminUrl, String tokenEndpoint, String clientId, String clientSecret) {

  /** The admin API base and token endpoint of a Keycloak realm, from its issuer. */
  static KeycloakRealm of(TenantDefinition tenant, String serverUrl) {
    String issuer = tenant.identity().issuer(serverUrl).replaceAll("/+$", "");
    int at = issuer.lastIndexOf("/realms/");
    if (at < 0) {
      throw new IllegalStateException(
          "Region " + tenant.code() + ": issuer " + issuer + " is not a Keycloak realm's");
    }
    return new KeycloakRealm(
        issuer.substring(0, at) + "/admin" + issuer.substring(at),
        issuer + "/protocol/openid-connect/token",
        tenant.identity().clientId(),
        tenant.identity().clientSecret());
  }

  String key() {
    return tokenEndpoint + " " + clientId;
  }

  @Override
  public String toString() {
    return "Realm[" + adminUrl + ", client " + clientId + "]"; // no secret in logs
  }
}
