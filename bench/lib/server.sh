# Sourced by the bench scripts that run a server: a work directory removed on exit (with the
# server in $server_pid and any PostgreSQL test cluster in $work/pg stopped first), a free
# port, and signing in as a demo account.
work=$(mktemp -d)
chmod 755 "$work"
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  scripts/postgres_test_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# sign_in PORT EMAIL JAR prints the session cookie of a demo account (demo accounts exist only in
# demo data), after the sign-in form's CSRF round trip.
sign_in() {
  local port=$1 email=$2 jar=$3 csrf session
  curl -sf -c "$jar" "http://127.0.0.1:$port/sign-in" >/dev/null
  csrf=$(awk '$6 == "sendhub_csrf" {print $7}' "$jar")
  curl -sf -b "$jar" -c "$jar" -o /dev/null -H "Origin: http://127.0.0.1:$port" \
    --data "csrf_token=$csrf&email=${email/@/%40}&password=demo-password-change-me" "http://127.0.0.1:$port/sign-in"
  session=$(awk '$6 == "sendhub_session" {print $7}' "$jar")
  [ -n "$session" ] || { echo "could not sign in as $email" >&2; return 1; }
  echo "$session"
}
