#!/usr/bin/env bash
# Runs Kinerja locally: builds the reactor, then starts PostgreSQL (embedded, data kept in
# .kinerja/), Keycloak (dev mode, one realm per region of tenants-config) and Payara Micro with the
# platform WAR and the plugins. Ctrl-C stops all three.
#
#   ./deploy/run.sh               build and run
#   ./deploy/run.sh --no-build    run what was built last
#
# Settings (environment): KINERJA_DB_URL / KINERJA_DB_USER / KINERJA_DB_PASSWORD for an external
# PostgreSQL; KINERJA_PORT (8080), KINERJA_KEYCLOAK_PORT (8180), KINERJA_DB_PORT (54320);
# KINERJA_DATA_DIR (.kinerja); KINERJA_DEMO (true); KINERJA_ECHO=true to print Payara's log too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=true
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$BUILD" = true ]; then
  echo "Building (mvn install -DskipTests)..."
  mvn -q -B install -DskipTests
fi

JAR="$ROOT/deploy/launcher/target/launcher.jar"
if [ ! -f "$JAR" ]; then
  echo "$JAR is missing: run without --no-build first." >&2
  exit 1
fi

# exec: Ctrl-C reaches the launcher, whose shutdown hook stops Payara, Keycloak and PostgreSQL in order.
exec java -DKINERJA_REPO="$ROOT" -cp "$JAR:$(dirname "$JAR")/lib/*" id.kinerja.launcher.Launcher
