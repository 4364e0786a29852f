#!/usr/bin/env bash
# Benchmarks of the platform's heavy paths, outside Payara and outside the build's tests.
#
#   ./deploy/bench.sh import [employees] [runs]
#       The organisation import's core (parse, validate, write: the code the WAR runs) on a
#       generated file of <employees> (100000) valid employees, into an embedded PostgreSQL as the
#       application role with row-level security on; <runs> (3) measured runs each of a cold
#       import, an unchanged re-import and a re-import with a tenth of the rows changed, after one
#       warm-up. Prints elapsed ms (min/median/max), rows/s and peak heap. Keycloak is not part of
#       it. Target: a cold import of 100,000 employees in at most 10 s.
#
#   ./deploy/bench.sh recompute [employees] [runs]
#       Calibration's recompute of a period (the code the WAR runs): read <employees> (100000)
#       employees and their published ratings over JDBC with row-level security on, recompute each
#       predikat by the matrix, check every unit's distribution curve, find outlier appraisers;
#       <runs> (5) measured runs after one warm-up. Prints elapsed ms (min/median/max), peak heap
#       and what it found. Target: at most 5 s for 100,000 employees.
#
# Settings (environment): BENCH_JAVA_OPTS (-Xmx1g); MVN_OFFLINE=-o to build offline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

what="${1:-}"
case "$what" in
  import) shift; MAIN=id.kinerja.platform.organization.bench.ImportBenchmark ;;
  recompute) shift; MAIN=id.kinerja.platform.calibration.bench.RecomputeBenchmark ;;
  -h|--help|"") sed -n '2,19p' "$0"; exit 0 ;;
  *) echo "Unknown benchmark: $what (try --help)" >&2; exit 2 ;;
esac

APP="$ROOT/platform/app"
CP_FILE="$APP/target/bench.classpath"
echo "Compiling the app module and its tests..." >&2
mvn ${MVN_OFFLINE:-} -q -B -pl platform/app test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >&2

exec java ${BENCH_JAVA_OPTS:--Xmx1g} \
  -cp "$APP/target/classes:$APP/target/test-classes:$(cat "$CP_FILE")" \
  "$MAIN" "$@"
