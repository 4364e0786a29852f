/**
 * Runs the whole product on one machine: an embedded PostgreSQL (or an external one), Keycloak in
 * dev mode with one realm per region generated from {@code tenants-config}, and Payara Micro with
 * the platform WAR and the plugins directory.
 *
 * <p>Two users: the local run command ({@link id.kinerja.launcher.Launcher}, started by {@code
 * deploy/run.sh}) and the end-to-end tests, which start a {@link id.kinerja.launcher.KinerjaStack}
 * on free ports. Each server is also usable on its own: {@link
 * id.kinerja.launcher.EmbeddedDatabase}, {@link id.kinerja.launcher.KeycloakServer}, {@link
 * id.kinerja.launcher.PayaraServer}; {@link id.kinerja.launcher.RealmGenerator} turns the regions
 * into Keycloak realm representations.
 *
 * <p>Starting waits on progress, not on a fixed budget: Keycloak and Payara are waited for as long
 * as their logs grow, their readiness answer changes or they use CPU, up to an overall bound (10
 * minutes by default), and a start that dies, answers a definite error or stalls fails at once,
 * saying what it waited for, the machine's load and the log's last lines ({@code StartupWait}).
 */
package id.kinerja.launcher;
