#!/usr/bin/env bash
# nginx on 127.0.0.1:$1 with one worker and a throwaway config, in the foreground (for @LaunchServer).
set -euo pipefail
WORK=$(mktemp -d /tmp/hammerbench-nginx.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/www" "$WORK/logs" "$WORK/tmp"
printf 'Hello World\n' > "$WORK/www/index.html"
chmod -R a+rX "$WORK"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  keepalive_requests 100000000;
  client_body_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$1 backlog=4096; root $WORK/www; location / { index index.html; } }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"
