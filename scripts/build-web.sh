#!/usr/bin/env bash
# Builds the web interface into web/dist when its sources changed (npm ci from the lock file).
set -euo pipefail
cd "$(dirname "$0")/../web" 2>/dev/null || { echo "no web/ directory; skipping"; exit 0; }
[ -f package.json ] || exit 0
stamp=node_modules/.colo-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
# The API types are generated from the server's document (src/api/generate.mjs, run by the build),
# so a newer server binary rebuilds too.
newest_src=$(find src index.html vite.config.* package.json ../build/colo -newer dist/index.html 2>/dev/null | head -1 || true)
if [ ! -f dist/index.html ] || [ -n "$newest_src" ]; then
  npm run build --silent
fi
