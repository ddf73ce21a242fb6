#!/usr/bin/env bash
# Casework pages at York scale: `sendhub demo --scale york` (about 2,000 plans and 350 requests a
# year), then wrk with 32 connections, signed in as the demo caseworker, against the caseload
# (/cases) and one open case page, on SQLite and on PostgreSQL 15.
#   bench/casework.sh            print the table
#   bench/casework.sh --record   also write it into docs/performance.md ("## Casework pages at York scale")
# Server time is read from SENDhub's own /metrics histogram (buckets 10, 20, 25 ms …): the share
# of requests finished within 20 ms is the target's measure. wrk's client-side percentiles,
# which include waiting in the queue behind 31 other connections, are shown beside it.
# Each page is measured twice: 32 connections asking flat out (a new request the moment the last
# answer arrives, so the 2 cores are saturated), and 32 users who each pause BENCH_THINK_MS
# (250 ms) between pages, far busier than real caseworkers, who read a page for seconds.
# Needs build/release/sendhub (make build), wrk and PostgreSQL 15's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
duration=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
think_ms=${BENCH_THINK_MS:-250}
bin=build/release/sendhub
[ -x "$bin" ] || { echo "build/release/sendhub is missing: run make build" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

source bench/lib/server.sh

# Share of requests at or under 20 ms, from the difference of two /metrics readings.
within_20ms() {  # before-file after-file
  python3 - "$1" "$2" <<'PY'
import re, sys
def read(path):
    text = open(path).read()
    b = dict((k, int(v)) for k, v in re.findall(r'request_duration_seconds_bucket\{le="([^"]+)"\} (\d+)', text))
    return b
a, b = read(sys.argv[1]), read(sys.argv[2])
total = b["+Inf"] - a["+Inf"]
fast = b["0.02"] - a["0.02"]
print(f"{100.0 * fast / total:.1f}%" if total else "n/a")
PY
}

measure() {  # engine database-url threads → table rows
  local engine=$1 url=$2 threads=$3 port
  "$bin" demo --scale york --database "$url" >/dev/null
  port=$(free_port)
  "$bin" serve --listen "127.0.0.1:$port" --database "$url" --threads "$threads" --access-log 0 2>/dev/null &
  server_pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  # Sign in as the demo caseworker (demo accounts exist only in demo data, which `demo` loaded).
  local session case_id
  session=$(sign_in "$port" caseworker@demo.sendhub.test "$work/jar")
  case_id=$(curl -sf -H "Cookie: sendhub_session=$session" "http://127.0.0.1:$port/cases" | grep -o 'href="/cases/case-york-[0-9]*"' | head -1 | cut -d/ -f3 | tr -d '"')
  for load in flat-out users; do
  for target in "/cases" "/cases/$case_id"; do
    curl -sf "http://127.0.0.1:$port/metrics" > "$work/before"
    out=$(WRK_THINK_MS=$([ "$load" = users ] && echo "$think_ms" || echo 0) \
      wrk -t2 -c"$connections" -d"${duration}s" -s bench/p95.lua -H "Cookie: sendhub_session=$session" "http://127.0.0.1:$port$target")
    curl -sf "http://127.0.0.1:$port/metrics" > "$work/after"
    line=$(grep PERCENTILES <<<"$out")
    label=$([ "$target" = /cases ] && echo "caseload (/cases, $(curl -sf -H "Cookie: sendhub_session=$session" "http://127.0.0.1:$port/cases" | grep -o 'href="/cases/case-' | wc -l) open cases)" || echo "case page ($target)")
    mode=$([ "$load" = users ] && echo "$connections users, ${think_ms} ms pause" || echo "$connections connections flat out")
    echo "| $engine | $label | $mode | $(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$line") | $(within_20ms "$work/before" "$work/after") | $(sed 's/.*p50=\([0-9.]*\).*/\1/' <<<"$line") | $(sed 's/.*p95=\([0-9.]*\).*/\1/' <<<"$line") | $(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$line") |"
  done
  done
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
}

# SQLite work never blocks on the network: one thread per core. PostgreSQL queries wait on a
# socket, so the server gets four threads (and connections) per core, as docs/deploying.md advises.
rows=$(measure sqlite "sqlite:$work/york.db" "$(nproc)")
scripts/postgres_test_cluster.sh start "$work/pg" >/dev/null
rows+=$'\n'$(measure postgres "$(cat "$work/pg/url")" "$(( 4 * $(nproc) ))")

table="| engine | page | load | requests/s | server time ≤ 20 ms | client p50 (ms) | client p95 (ms) | errors |
|---|---|---|---|---|---|---|---|
$rows"
echo "$table"
if [ "$record" = "--record" ]; then
  python3 bench/record_section.py "Casework pages at York scale" <<MD
## Casework pages at York scale

\`bench/casework.sh --record\` on $(nproc) cores, $(date -u +%Y-%m-%d): \`sendhub demo --scale york\`
(2,000 children with plans, 525 requests over 18 months, about 24,000 events), then wrk with
$connections connections for ${duration} s per page, signed in as the demo caseworker: first flat out
(each connection asks again the moment its answer arrives, saturating the 2 cores shared by wrk,
SENDhub and PostgreSQL), then as $connections users who each pause ${think_ms} ms between pages. "Server time"
is the share of requests SENDhub itself finished within 20 ms (its /metrics histogram); client
percentiles include queueing behind the other connections, on the same 2 cores as wrk. The
PostgreSQL cluster is the test one (local socket, fsync off); SQLite runs with synchronous=FULL.

$table
MD
fi
