#!/usr/bin/env bash
# The Local Offer with 5,000 services, on SQLite and on PostgreSQL 15: `import oruk` of a
# synthetic directory (read, checked and written in one transaction), then searches as the
# search page runs them (the search and the result cards) and whole /local-offer pages, and
# /openreferral/services requests, all through the real handlers in process, so the times are
# SENDhub's own server time without the network.
#   bench/local_offer.sh            print the table
#   bench/local_offer.sh --record   also write it into docs/performance.md ("## Local Offer at 5,000 services")
# Needs the release build (make build) and PostgreSQL 15's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
services=${BENCH_SERVICES:-5000}
bin=build/release/bench/local_offer_bench
[ -x "$bin" ] || { echo "$bin is missing: run make build" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  scripts/postgres_test_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

run() {  # engine url → one table row
  local out
  out=$("$bin" "$2" "$services" 2>/dev/null)
  value() { awk -v k="$1" '$1 == k {print $2}' <<<"$out"; }
  echo "| $1 | $(value import_seconds) | $(value search_p50_ms) | $(value search_p95_ms) | $(value page_p95_ms) | $(value api_p50_ms) | $(value api_p95_ms) |"
}

rows=$(run sqlite "sqlite:$work/local-offer.db")
scripts/postgres_test_cluster.sh start "$work/pg" >/dev/null
rows+=$'\n'$(run postgres "$(cat "$work/pg/url")")

table="| engine | import of $services services (s) | search p50 (ms) | search p95 (ms) | search page p95 (ms) | /openreferral/services p50 (ms) | /openreferral/services p95 (ms) |
|---|---|---|---|---|---|---|
$rows"
echo "$table"
if [ "$record" = "--record" ]; then
  python3 bench/record_section.py "Local Offer at 5,000 services" <<MD
## Local Offer at 5,000 services

\`bench/local_offer.sh --record\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(date -u +%Y-%m-%d),
release build. A synthetic directory of $services services (500 organisations, 2,500 places over the
YO, HG, LS and HU postcode districts, every Local Offer category, 2% inactive) is written as one ORUK
file and imported with the import use case (\`sendhub import oruk\` runs the same). Then 2,000 searches
cycle through twelve family queries (acronyms, a misspelling, phrases, with and without a postcode,
some with the free filter): "search" is the search and the result cards a results page shows;
"search page" is 1,000 whole \`/local-offer\` pages through the route handler, rendered. 1,000
\`/openreferral/services\` requests mix random pages of 50, \`search=speech therapy\` and a category with
ages. Times are server time in process (no socket). The PostgreSQL cluster is the test one
(local socket, fsync off); SQLite runs with synchronous=FULL.
Targets (issue 6): search p95 under 5 ms, \`/openreferral/services\` under 10 ms, import under 5 s.

$table
MD
fi
