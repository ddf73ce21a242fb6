#!/usr/bin/env bash
# The partnership dashboard at York scale (issue 8 target: under 50 ms): `sendhub demo --scale
# york`, then one signed-in manager asking for each page in turn, on SQLite and PostgreSQL 15.
# The first request after start is timed on its own (it loads the KPI facts into memory); then
# BENCH_REQUESTS (50) requests one after another, whole responses timed by curl, median and 95th
# percentile. Pages: the dashboard (every KPI for 12 months, with 8 quarters of each headline
# figure), one KPI with its breakdowns, and the printable board report.
#   bench/dashboard.sh            print the table
#   bench/dashboard.sh --record   also write it into docs/performance.md ("## Dashboard at York scale")
# Needs build/release/sendhub (make build) and PostgreSQL 15's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
requests=${BENCH_REQUESTS:-50}
bin=build/release/sendhub
[ -x "$bin" ] || { echo "build/release/sendhub is missing: run make build" >&2; exit 1; }
source bench/lib/server.sh
port=$(free_port)

timed() {  # session url → milliseconds, failing on any status but 200
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Cookie: sendhub_session=$1" "$2" | awk '{printf "%.1f\n", $1 * 1000}'
}

measure() {  # engine database-url → table rows
  "$bin" demo --scale york --database "$2" >/dev/null
  "$bin" serve --listen "127.0.0.1:$port" --database "$2" --access-log 0 2>/dev/null &
  server_pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  local session first
  session=$(sign_in "$port" manager@demo.sendhub.test "$work/jar")
  first=$(timed "$session" "http://127.0.0.1:$port/dashboard")
  for page in /dashboard /dashboard/kpi/within_20_weeks_excluding_exceptions /dashboard/report; do
    for _ in $(seq "$requests"); do timed "$session" "http://127.0.0.1:$port$page"; done > "$work/times"
    local stats
    stats=$(sort -n "$work/times" | awk '{v[NR] = $1} END {printf "%s | %s", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)]}')
    echo "| $1 | $page | $([ "$page" = /dashboard ] && echo "$first" || echo "") | $stats |"
  done
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
}

rows=$(measure sqlite "sqlite:$work/york.db")
scripts/postgres_test_cluster.sh start "$work/pg" >/dev/null
rows+=$'\n'$(measure postgres "$(cat "$work/pg/url")")

table="| engine | page | first request after start (ms) | median (ms) | 95th percentile (ms) |
|---|---|---|---|---|
$rows"
echo "$table"
if [ "$record" = "--record" ]; then
  python3 bench/record_section.py "Dashboard at York scale" <<MD
## Dashboard at York scale

\`bench/dashboard.sh --record\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(date -u +%Y-%m-%d),
release build. \`sendhub demo --scale york\`, then the demo SEN manager asks for each page $requests times,
one request after another; times are whole responses as curl sees them (server, network and all).
The first request after start also loads the KPI facts into memory. Target (issue 8): the
dashboard at York scale under 50 ms.

$table
MD
fi
