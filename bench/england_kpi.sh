#!/usr/bin/env bash
# The KPIs at England scale (issue 8), on SQLite and on PostgreSQL 15, side by side on the same
# synthetic data: `sendhub demo --scale england --seed 2025` into a fresh database (timed), then
# england_kpi_bench (the cold start, every KPI with its breakdowns from memory, the same headline
# figures as one SQL query, and a hand-written scan of packed arrays), then `sendhub kpi --json`
# as a whole process (one run).
#   bench/england_kpi.sh            print the table
#   bench/england_kpi.sh --record   also write it into docs/performance.md ("## KPIs at England scale")
#   BENCH_ENGINES=sqlite bench/england_kpi.sh   one engine only
# Needs the release build (make build), PostgreSQL 15's server binaries and about 10 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
bin=build/release/sendhub
bench=build/release/bench/england_kpi_bench
for b in "$bin" "$bench"; do [ -x "$b" ] || { echo "$b is missing: run make build" >&2; exit 1; }; done
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  scripts/postgres_test_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

run() {  # engine url → one table row
  local made out kpi
  made=$(seconds "$bin" demo --scale england --seed 2025 --database "$2")
  out=$("$bench" "$2")
  value() { awk -v k="$1" '$1 == k {print $2}' <<<"$out"; }
  kpi=$(seconds "$bin" kpi --json --database "$2")
  local mem sql
  mem=$(value memory_headline_ms)
  sql=$(value sql_headline_ms)
  echo "| $1 | $(value requests) | $(value plans) | $(value histories_rejected) | $(value within_20_weeks_percent)% | $(( made / 1000 )) | $(value cold_start_ms) | $(value snapshot_save_ms) | $(value snapshot_mb) | $(value snapshot_start_ms) | $(value max_rss_mb) | $mem | $(value memory_totals_ms) | $(value memory_kpis_ms) | $sql | $(awk -v a="$sql" -v b="$mem" 'BEGIN {printf "%.0f", a / b}')× | $(value scan_ms) | $kpi |"
}

engines=${BENCH_ENGINES:-sqlite postgres}
rows=""
for engine in $engines; do
  if [ "$engine" = sqlite ]; then
    rows+=$(run sqlite "sqlite:$work/england.db")$'\n'
    rm -f "$work"/england.db*
  else
    scripts/postgres_test_cluster.sh start "$work/pg" >/dev/null
    rows+=$(run postgres "$(cat "$work/pg/url")")$'\n'
  fi
done
rows=${rows%$'\n'}

table="| engine | assessment cases (3 years of requests and the older plans' own) | plans | histories refused | within 20 weeks | demo written (s) | cold start, replaying every case (ms) | saving the snapshot (ms) | snapshot (MB) | start from the snapshot (ms) | memory after load (MB) | headline KPIs by authority and need, in memory (ms) | every KPI, totals only, in memory (ms) | every KPI with all breakdowns, in memory (ms) | headline figures as one SQL query (ms) | SQL ÷ headline in memory | packed-array scan (ms) | \`sendhub kpi --json\` (ms) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
$rows"
echo "$table"
if [ "$record" = "--record" ]; then
  python3 bench/record_section.py "KPIs at England scale" <<MD
## KPIs at England scale

\`bench/england_kpi.sh --record\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(date -u +%Y-%m-%d),
release build. \`sendhub demo --scale england --seed 2025\`: 153 authorities, 155,000 requests a year for
three years (46% of new plans within 20 weeks), the plans issued before them, the latest annual review
of every plan over a year old, the national need mix. Then, in one run on the same data: the cold
start with no snapshot (KpiState replaying every case's events), saving the snapshot it leaves,
the next start reading that snapshot, from memory for the 12 months to today the board's
headline KPIs with their breakdowns by authority and need (the dashboard's tiles; median of 21),
every KPI without breakdowns, and every KPI with all its breakdowns (authority, need, age band,
ethnicity, sex, district, setting and the rest, as the KPI pages compute them; median of 21), four
headline figures (requests, new plans, plans within 20 weeks, plans in force) by authority and need
written as one SQL query on the same engine (median of 5 after one warm-up), a hand-written scan of
those four figures in packed arrays (median of 21), and \`sendhub kpi --json\` as a whole process
(start, read the snapshot, compute, print; one run). Engines: $engines.
Targets (issue 8): the headline KPIs by authority and need under 20 ms; \`sendhub kpi --json\` under 1.5 s.

$table
MD
fi
