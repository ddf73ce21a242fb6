#!/usr/bin/env bash
# Checks deploy/nginx.conf with `nginx -t`, using a throwaway self-signed certificate and
# temporary paths in place of /etc, /var and /run, so it needs no root-owned files.
set -euo pipefail
cd "$(dirname "$0")/.."
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "FAIL: nginx is not installed (apt-get install nginx)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/logs" "$work/ssl"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=sendhub.test" \
  -keyout "$work/ssl/privkey.pem" -out "$work/ssl/fullchain.pem" >/dev/null 2>&1
sed -e "s|/etc/ssl/sendhub/|$work/ssl/|g" \
    -e "s|/var/log/nginx/|$work/logs/|g" \
    -e "s|^pid .*|pid $work/nginx.pid;|" \
    -e "s|^user .*||" \
    deploy/nginx.conf > "$work/nginx.conf"
if "$nginx_bin" -t -q -c "$work/nginx.conf" -p "$work" -g "error_log $work/logs/startup.log;"; then
  echo "PASS: deploy/nginx.conf is valid"
else
  echo "FAIL: deploy/nginx.conf does not pass nginx -t"
  exit 1
fi
