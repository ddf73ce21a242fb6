#!/usr/bin/env bash
# Statutory clock benchmark: milestones for one million synthetic case histories on one core.
#   bench/statutory.sh            print the result
#   bench/statutory.sh --record   also write it into docs/performance.md
# Needs the release build (make build). Runs three times and reports each.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/bench/statutory_bench
[ -x "$bin" ] || { echo "$bin is missing: run make build" >&2; exit 1; }
runs=()
for i in 1 2 3; do
  out=$(taskset -c 0 "$bin" 1000000)
  runs+=("$(awk '/^seconds/ {print $2}' <<<"$out")")
done
summary=$(awk '!/^seconds|^cases_per/ {printf "%s %s, ", $1, $2}' <<<"$out" | sed 's/, $//')
section="## Statutory clock benchmark

Measured $(date -u +%Y-%m-%d) on $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), pinned to one core
(\`taskset -c 0\`), release build. One million synthetic case histories (55% EHC needs assessments at every
stage with five advisers, 25% annual reviews with amendments, and phase transfers, disagreements and moves
between councils), built in memory first; the time is \`compute_timeline\` over all of them.
Reproduce with \`make build && bench/statutory.sh --record\`.

| run | seconds for 1,000,000 cases |
|---|---|
| 1 | ${runs[0]} |
| 2 | ${runs[1]} |
| 3 | ${runs[2]} |

Work done each run: $summary. Target: under 1 second on one core."
echo "$section"
if [ "${1:-}" = "--record" ]; then echo "$section" | bench/record_section.py "Statutory clock benchmark"; fi
