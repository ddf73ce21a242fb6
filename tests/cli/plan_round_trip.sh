#!/usr/bin/env bash
# `sendhub import plan` and `sendhub export plan` as a council's script would use them: the
# format's own example goes in and comes out as the same JSON value, a second import changes
# nothing, and a broken file is refused with every problem listed and nothing written.
set -euo pipefail
bin=${1:?usage: plan_round_trip.sh PATH_TO_SENDHUB}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/sendhub.db"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

"$bin" demo --database "$db" >/dev/null
"$bin" import plan docs/examples/plan-example.json --database "$db" | grep -q "imported plan EXAMPLE-1 version 1"
"$bin" export plan EXAMPLE-1 --json --database "$db" >"$work/out.json"
python3 - "$work/out.json" <<'PY'
import json, sys
assert json.load(open(sys.argv[1])) == json.load(open("docs/examples/plan-example.json")), "export differs from the imported file"
PY
"$bin" import plan "$work/out.json" --database "$db" | grep -q "already here; nothing changed"

# Three problems in one file (a bad status; a bad unit in f1 and in the advice k2.1): all are listed, exit status 2, and the plan is not there.
sed -e 's/"status": "final"/"status": "issued"/' -e 's/"per": "day"/"per": "month"/' -e 's/EXAMPLE-1/EXAMPLE-2/' \
  docs/examples/plan-example.json >"$work/broken.json"
set +e
"$bin" import plan "$work/broken.json" --database "$db" 2>"$work/err.txt"
status=$?
"$bin" export plan EXAMPLE-2 --json --database "$db" >/dev/null 2>&1
exported=$?
set -e
[ "$status" -eq 2 ] || { echo "broken import exited $status, not 2"; exit 1; }
grep -q '3 problems; nothing was imported' "$work/err.txt"
grep -q 'must be "draft" or "final"' "$work/err.txt"
grep -q 'per "month"' "$work/err.txt"
[ "$exported" -ne 0 ] || { echo "the broken plan was stored"; exit 1; }
echo "plan round trip: ok"
