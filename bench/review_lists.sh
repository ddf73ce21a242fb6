#!/usr/bin/env bash
# The annual-review lists at England scale, on SQLite and on PostgreSQL 15: a synthetic England of
# 640,000 plans over 153 authorities (20,000 in the one measured, about the largest), each with its
# child, assessment, first final version and its annual reviews so far; then /reviews (due within
# 13 weeks, grouped by school) and /reviews/phase-transfers, 100 of each through the real route
# handlers in process, signed in as the demo caseworker, so the times are SENDhub's server time.
#   bench/review_lists.sh            print the table
#   bench/review_lists.sh --record   also write it into docs/performance.md ("## Annual review lists at England scale")
# BENCH_PLANS and BENCH_PLANS_IN_LA change the sizes. Needs the release build (make build) and
# PostgreSQL 15's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
plans=${BENCH_PLANS:-640000}
in_la=${BENCH_PLANS_IN_LA:-20000}
bin=build/release/bench/review_lists_bench
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
  out=$("$bin" "$2" "$plans" "$in_la" 2>/dev/null)
  value() { awk -v k="$1" '$1 == k {print $2}' <<<"$out"; }
  echo "| $1 | $(value due_rows) | $(value due_p50_ms) | $(value due_p95_ms) | $(value transfer_rows) | $(value transfers_p50_ms) | $(value transfers_p95_ms) | $(value after_change_median_ms) |"
}

rows=$(run sqlite "sqlite:$work/reviews.db")
scripts/postgres_test_cluster.sh start "$work/pg" >/dev/null
rows+=$'\n'$(run postgres "$(cat "$work/pg/url")")

table="| engine | reviews listed | /reviews p50 (ms) | /reviews p95 (ms) | moves listed | /reviews/phase-transfers p50 (ms) | p95 (ms) | /reviews after a change (ms) |
|---|---|---|---|---|---|---|---|
$rows"
echo "$table"
if [ "$record" = "--record" ]; then
  python3 bench/record_section.py "Annual review lists at England scale" <<MD
## Annual review lists at England scale

\`bench/review_lists.sh --record\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(date -u +%Y-%m-%d),
release build. A synthetic England of $plans plans over 153 authorities, $in_la of them in the
authority measured (about the size of the largest in England): each plan has its child (born over
22 years, at one of 300 schools), the assessment that made it, a first final version of ordinary size
and a closed review case for every review held since, with one in ten reviews being arranged now.
Then 100 \`/reviews\` pages (reviews due within 13 weeks or overdue, grouped by school, every row
rendered) and 100 \`/reviews/phase-transfers\` pages through the route handlers, signed in as the demo
caseworker; the first of each, which writes the list's audit entries, is left out. A server keeps
each authority's register of plans in memory until the caseload counter moves (any change to a
case, event, child, plan or review, on any server); "after a change" is a \`/reviews\` page that
reads the register again. Times are server time in process (no socket). The PostgreSQL cluster is
the test one (local socket, fsync off); SQLite runs with synchronous=FULL.
Targets (issue 7): the due-reviews list for one authority under 50 ms, the phase-transfer list under 100 ms.

$table
MD
fi
