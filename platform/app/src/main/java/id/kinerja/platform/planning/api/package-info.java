/** {@code /api/v1/plans}: the caller's plan, the plans to review and the cascade tree. */
package id.kinerja.platform.planning.api;
