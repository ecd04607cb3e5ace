#!/usr/bin/env bash
# Inventory benchmarks on the large data set (100,000 devices in 5,000 racks, SQLite): the device
# list, one page of 1,000 devices and the rack elevation. Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
port=${COLO_BENCH_PORT:-18081}
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT

echo "== inventory on the large data set (100,000 devices in 5,000 racks, SQLite)"
large="$tmp/large.db"
start=$(date +%s.%N)
COLO_ACCESS_LOG=false "$build/colo" demo --scale large --db "sqlite://$large" >"$tmp/demo.log" 2>&1
echo "colo demo --scale large: $(echo "$(date +%s.%N) - $start" | bc) s"
COLO_ACCESS_LOG=false COLO_DEMO=1 "$build/colo" serve --listen 127.0.0.1:$port --db "sqlite://$large" >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
jar="$tmp/jar"
csrf=$(curl -sf -c "$jar" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"colo-demo-admin"}' "http://127.0.0.1:$port/api/v1/auth/login" |
  sed -E 's/.*"csrf_token":"([^"]+)".*/\1/')
token=$(curl -sf -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "http://127.0.0.1:$port/api/v1/auth/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
site=$(curl -sf -H "$auth" "http://127.0.0.1:$port/api/v1/dcim/sites?limit=1" | sed -E 's/.*"results":\[\{"id":([0-9]+).*/\1/')
rps=$(wrk -t2 -c32 -d10s -H "$auth" "http://127.0.0.1:$port/api/v1/dcim/devices?site=$site&limit=50" | awk '/Requests\/sec/ {print $2}')
echo "GET /api/v1/dcim/devices?site=$site&limit=50: $rps requests/s"
for _ in 1 2 3; do
  curl -s -o /dev/null -w "GET /api/v1/dcim/devices?limit=1000 (one page of 1,000): %{time_total} s\n" \
    -H "$auth" "http://127.0.0.1:$port/api/v1/dcim/devices?site=$site&limit=1000&offset=50000"
done
rack=$(curl -sf -H "$auth" "http://127.0.0.1:$port/api/v1/dcim/racks?limit=1&offset=2500" | sed -E 's/.*"results":\[\{"id":([0-9]+).*/\1/')
rps=$(wrk -t2 -c32 -d5s -H "$auth" "http://127.0.0.1:$port/api/v1/dcim/racks/$rack/elevation.svg" | awk '/Requests\/sec/ {print $2}')
echo "GET /api/v1/dcim/racks/$rack/elevation.svg: $rps requests/s"
