#!/usr/bin/env bash
# Runs every suite: unit, API (SQLite and a real PostgreSQL started here) and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}

scripts/test-postgres.sh start
trap 'scripts/test-postgres.sh stop' EXIT
export COLO_TEST_PG_URL=$(scripts/test-postgres.sh url)
export COLO_REQUIRE_PG=1
# The remote-write test starts a real VictoriaMetrics (installed by install-deps.sh test).
export COLO_REQUIRE_VM=1

status=0
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 900 || status=1
if [ -f web/package.json ] && grep -q '"e2e"' web/package.json; then
  (cd web && COLO_BINARY="$PWD/../$build/colo" npm run e2e --silent) || status=1
fi
exit $status
