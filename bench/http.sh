#!/usr/bin/env bash
# HTTP benchmark: wrk against SENDhub's /healthz and rendered start page, and against nginx
# serving a static file of the start page's size, in the same run on the same machine.
#   bench/http.sh            print the table
#   bench/http.sh --record   also write it into docs/performance.md ("## HTTP benchmark")
# Needs build/release/sendhub (make build), nginx and wrk. Loopback only; bounded duration.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
duration=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
bin=build/release/sendhub
[ -x "$bin" ] || { echo "build/release/sendhub is missing: run make build" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

app_port=$(free_port)
"$bin" migrate --database "sqlite:$work/bench.db" >/dev/null
"$bin" serve --listen "127.0.0.1:$app_port" --database "sqlite:$work/bench.db" --demo --access-log 0 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$app_port/healthz" >/dev/null && break; sleep 0.1; done

mkdir -p "$work/www" "$work/logs"
curl -sf "http://127.0.0.1:$app_port/" > "$work/www/start.html"
page_bytes=$(stat -c %s "$work/www/start.html")
nginx_port=$(free_port)
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nodelay on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { default_type text/html; }
  }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work"
sleep 0.3

run() {  # name url → "name|req/s|p99"
  local out rps p99
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$2")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$1|$rps|$p99"
}

rows=()
rows+=("$(run 'SENDhub /healthz' "http://127.0.0.1:$app_port/healthz")")
rows+=("$(run 'SENDhub / (rendered start page)' "http://127.0.0.1:$app_port/")")
rows+=("$(run "nginx static file ($page_bytes bytes)" "http://127.0.0.1:$nginx_port/start.html")")

start_rps=$(cut -d'|' -f2 <<<"${rows[1]}")
nginx_rps=$(cut -d'|' -f2 <<<"${rows[2]}")
ratio=$(awk -v a="$start_rps" -v b="$nginx_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')

table="| target | requests/s | p99 latency |
|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r name rps p99 <<<"$row"
  table+="
| $name | $rps | $p99 |"
done
summary="Rendered start page at **$ratio** of nginx's static-file requests/s (target: at least 30%)."

section="## HTTP benchmark

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),
wrk \`-t2 -c$connections -d${duration}s\` on loopback, SENDhub release build with SQLite and demo data,
nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||') with 2 workers, both sharing the same 2 cores with wrk.
Reproduce with \`make build && bench/http.sh --record\`.

$table

$summary
"
echo "$section"

if [ "$record" = "--record" ]; then
  echo "$section" | bench/record_section.py "HTTP benchmark"
fi
