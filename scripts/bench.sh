#!/usr/bin/env bash
# Benchmarks that print their figures: HTTP load with wrk against the real server (access log on,
# as deployed, then off), then the micro-benchmarks. Usage: scripts/bench.sh [build-dir]
# Figures from a machine that is busy with something else (a build) are not comparable.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
port=${COLO_BENCH_PORT:-18080}
url="http://127.0.0.1:$port"
tmp=$(mktemp -d)
pid=

stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}
trap 'stop_server; rm -rf "$tmp"' EXIT

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is not installed" >&2; exit 1; }
done
[ -x "$build/colo" ] || { echo "bench.sh: $build/colo not built" >&2; exit 1; }

# start_server LABEL [ENV=VALUE...]: the server in the background, its output in $tmp.
start_server() {
  local label=$1
  shift
  env COLO_SECRET_KEY="$(printf 'a%.0s' $(seq 64))" "$@" \
    "$build/colo" serve --listen "127.0.0.1:$port" --db "sqlite://$tmp/bench.db" >"$tmp/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    curl -sf "$url/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "bench.sh: the server did not come up; its output:" >&2
  cat "$tmp/$label.log" >&2
  exit 1
}

# load LABEL: wrk against /api/v1/version; prints requests/s and refuses figures made of errors.
load() {
  local label=$1 out
  out=$(wrk -t2 -c64 -d10s "$url/api/v1/version")
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    echo "bench.sh: wrk saw errors, the figure would be meaningless:" >&2
    echo "$out" >&2
    exit 1
  fi
  echo "GET /api/v1/version$label: $(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out") requests/s" \
       "(mean latency $(awk '/Latency/ {print $2}' <<<"$out"), wrk -t2 -c64 -d10s)"
}

echo "== HTTP load"
start_server access
load ""
stop_server
start_server quiet COLO_ACCESS_LOG=false
load " (access log off)"
stop_server

echo "== micro-benchmarks"
"$build/bench/colo_bench" --benchmark_min_time=0.2
