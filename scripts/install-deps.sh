#!/usr/bin/env bash
# Installs the Debian packages Colo needs, skipping what is already installed.
#   scripts/install-deps.sh run    build + run the server
#   scripts/install-deps.sh test   also the test tools: PostgreSQL, wrk, Chromium
set -euo pipefail
profile=${1:-run}

pkgs=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libpq-dev libsodium-dev libssl-dev libjemalloc-dev
  libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev libyaml-cpp-dev libhowardhinnant-date-dev tzdata
  libgtest-dev libgmock-dev libbenchmark-dev
  libpwquality-dev cracklib-runtime libunistring-dev libxlsxwriter-dev
  libcairo2-dev libpango1.0-dev fonts-noto-cjk
  libcurl4-openssl-dev libsnappy-dev libsnmp-dev fping
  liboath-dev restic libssh-dev
  nmap libexpat1-dev
  nodejs sqlite3
)
if [ "$profile" = test ] || [ "$profile" = bench ]; then
  pkgs+=(postgresql postgresql-client wrk chromium procps curl bc clang-format poppler-utils victoria-metrics
         python3-aiosmtpd snmpd snmp snmpsim openssh-server)
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# npm comes with nodejs from some repositories and as its own package from Debian's.
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
