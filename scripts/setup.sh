#!/usr/bin/env bash
# Installs what SENDhub needs on Debian 12: only what is missing, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  libboost1.81-dev libboost-json1.81-dev
  libsqlite3-dev libpq-dev postgresql-15
  libsodium-dev libssl-dev libcurl4-openssl-dev libctemplate-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libxml2-utils unzip nginx wrk chromium
)
# Node.js may come from elsewhere than Debian (as on these machines); install Debian's only when
# there is none, since Debian's npm conflicts with other installs.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
# `make fuzz` also needs clang with libFuzzer; clang 16 is the first that compiles std::expected
# of non-trivial types (docs/adr/0002-fuzzing-with-clang-16.md).
[ "${SENDHUB_SETUP_FUZZ:-0}" = 1 ] && packages+=(clang-16 libclang-rt-16-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Front-end assets and browser-test tools, pinned by package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.sendhub-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.sendhub-lock
fi
