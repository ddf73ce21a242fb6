#!/usr/bin/env bash
# The KPIs and the SEN2 return at York scale (issue 8), on SQLite and on PostgreSQL 15: loads
# `sendhub demo --scale york --seed 2025` into a fresh database, then times, as whole processes
# (start, load from the database, compute, print), five runs each of `sendhub kpi --json` and of
# `sendhub export sen2 --census-date 2027-01-21 --la 816` (which also audits every child it
# includes), and checks the file against the DfE schema with xmllint. Reports the median run.
#   bench/york_kpi_sen2.sh            print the table
#   bench/york_kpi_sen2.sh --record   also write it into docs/performance.md ("## KPIs and SEN2 at York scale")
# Needs the release build (make build) and PostgreSQL 15's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
bin=build/release/sendhub
[ -x "$bin" ] || { echo "$bin is missing: run make build" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  scripts/postgres_test_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

median() {  # seconds of five runs of the command → the middle one, in ms
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]  # export sen2 exits 1 when the report lists problems
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

run() {  # engine url → one table row
  "$bin" demo --scale york --seed 2025 --database "$2" >/dev/null
  local kpi sen2 children
  kpi=$(median "$bin" kpi --json --database "$2")
  sen2=$(median "$bin" export sen2 --census-date 2027-01-21 --la 816 --database "$2" "$work/sen2.xml")
  xmllint --noout --schema data/sen2/SEN2_schema_2024.xsd "$work/sen2.xml" 2>/dev/null || { echo "the $1 return does not validate" >&2; exit 1; }
  children=$(grep -c '<Person>' "$work/sen2.xml")
  echo "| $1 | $children | $kpi | $sen2 | yes |"
}

rows=$(run sqlite "sqlite:$work/york.db")
scripts/postgres_test_cluster.sh start "$work/pg" >/dev/null
rows+=$'\n'$(run postgres "$(cat "$work/pg/url")")

table="| engine | children in the return | \`sendhub kpi --json\` (ms) | \`sendhub export sen2\` (ms) | validates against the XSD |
|---|---|---|---|---|
$rows"
echo "$table"
if [ "$record" = "--record" ]; then
  python3 bench/record_section.py "KPIs and SEN2 at York scale" <<MD
## KPIs and SEN2 at York scale

\`bench/york_kpi_sen2.sh --record\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(date -u +%Y-%m-%d),
release build. \`sendhub demo --scale york --seed 2025\` (about 2,000 plans with six years of history,
350 requests a year, reviews, ceased plans, exceptions, disagreements), then the median of five
whole-process runs of each command: start, read from the database, compute, write. The SEN2 export
also writes an audit entry for every child in the return. Target (issue 8): SEN2 export at York
scale under 2 s. The England-scale figures are in "KPIs at England scale" below.

$table
MD
fi
