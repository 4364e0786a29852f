#!/usr/bin/env bash
# Verifies the audit trail's hash chains in the database, for operators: per region the events
# checked and OK, or the first broken event (its seq and what differs).
#
#   ./deploy/audit-verify.sh [region...]     the regions given, or every region without arguments
#   ./deploy/audit-verify.sh --build ...     build the launcher first (else only when missing)
#
# Database: KINERJA_DB_URL / KINERJA_DB_USER / KINERJA_DB_PASSWORD (an external PostgreSQL, as for
# run.sh; a role that may read audit_event), else the embedded one: the running one on
# KINERJA_DB_PORT (54320), or the one kept in KINERJA_DATA_DIR (.kinerja), started for the check.
# Exit status: 0 every chain intact, 1 a chain is broken, 2 the verification could not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=false
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=true ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) ARGS+=("$arg") ;;
  esac
done

JAR="$ROOT/deploy/launcher/target/launcher.jar"
if [ "$BUILD" = true ] || [ ! -f "$JAR" ] || ! ls "$(dirname "$JAR")"/lib/audit-verifier-*.jar >/dev/null 2>&1; then
  echo "Building the launcher (mvn package -DskipTests)..." >&2
  mvn -q -B package -DskipTests -pl deploy/launcher -am >&2
fi

exec java -DKINERJA_REPO="$ROOT" -cp "$JAR:$(dirname "$JAR")/lib/*" id.kinerja.launcher.AuditVerify "${ARGS[@]+"${ARGS[@]}"}"
