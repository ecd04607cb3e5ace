#!/usr/bin/env bash
# Benchmarks: micro-benchmarks, then HTTP load with wrk against a real server. Prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
port=18080
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

echo "== micro-benchmarks"
"$build/bench/colo_bench" --benchmark_min_time=0.2

echo "== HTTP (wrk, 2 threads, 64 connections, 10 s)"
COLO_ACCESS_LOG=false COLO_SECRET_KEY=$(printf 'a%.0s' $(seq 64)) \
  "$build/colo" serve --listen 127.0.0.1:$port --db "sqlite://$tmp/bench.db" >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
rps=$(wrk -t2 -c64 -d10s "http://127.0.0.1:$port/api/v1/version" | awk '/Requests\/sec/ {print $2}')
echo "GET /api/v1/version: $rps requests/s"
