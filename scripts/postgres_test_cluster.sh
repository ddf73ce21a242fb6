#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster for the storage contract tests.
#   postgres_test_cluster.sh start STATE_DIR   # writes STATE_DIR/url
#   postgres_test_cluster.sh stop STATE_DIR
# The cluster lives in a temporary directory, listens only on 127.0.0.1 on a free port, trusts
# local connections (it holds only test data) and is removed by `stop`.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state directory}
bin=/usr/lib/postgresql/15/bin

as_owner() {
  # initdb and postgres refuse to run as root; CI runs as root, so use Debian's postgres user.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 server binaries not found in $bin (apt-get install postgresql-15)" >&2; exit 1; }
  "$0" stop "$state" >/dev/null 2>&1 || true
  mkdir -p "$state"
  data=$(mktemp -d /tmp/sendhub-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  as_owner "$bin/initdb" -D "$data/db" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; exit 1; }
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    if as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 30 \
         -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
      echo "$data" >"$state/datadir"
      echo "postgres://postgres@127.0.0.1:$port/postgres" >"$state/url"
      echo "PostgreSQL test cluster on 127.0.0.1:$port"
      exit 0
    fi
  done
  cat "$data/server.log" >&2
  exit 1
  ;;
stop)
  if [ -f "$state/datadir" ]; then
    data=$(cat "$state/datadir")
    as_owner "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$data"
  fi
  rm -rf "$state"
  echo "PostgreSQL test cluster stopped"
  ;;
*) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
