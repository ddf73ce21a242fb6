#!/usr/bin/env bash
# Browser tests: e2e/run.sh PATH_TO_SENDHUB_BINARY. Starts its own server (see
# e2e/support/server.mjs) unless SENDHUB_URL is set, and drives Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: e2e/run.sh PATH_TO_SENDHUB_BINARY}
export SENDHUB_BIN=$(realpath "$bin")
[ -x /usr/bin/chromium ] || { echo "e2e: /usr/bin/chromium is missing (apt-get install chromium)" >&2; exit 1; }
[ -d node_modules/playwright-core ] || { echo "e2e: run npm ci first (make test does)" >&2; exit 1; }
# ASan builds report leaks at exit; the browser tests judge behaviour, the unit tests judge leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec node --test --test-concurrency=1 e2e/*.test.mjs
