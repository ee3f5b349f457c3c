#!/usr/bin/env bash
# Runs nginx in the foreground on 127.0.0.1:PORT so that it is not the bottleneck of a load
# benchmark: one worker, every location answers `return 200` (no file, no body), no access log,
# and keep-alive connections are never closed by request count (keepalive_requests at its
# practical maximum; nginx's default of 1000 makes every client reconnect, wrk included).
#
# Usage: bench/nginx.sh PORT [DIR]   DIR holds the config and logs (default target/bench-nginx-PORT)
# With BENCH_SERVER_CPUS set (e.g. 1), nginx runs pinned to those cores (taskset; bench/load-bench.sh --pin).
# Used by bench/load-bench.sh and by the benchmark's round through the extension (@LaunchServer).
set -euo pipefail
port=${1:?usage: bench/nginx.sh PORT [DIR]}
dir=$(realpath -m "${2:-target/bench-nginx-$port}")
mkdir -p "$dir/logs" "$dir/tmp"
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 8192; }
worker_rlimit_nofile 16384;
http {
  access_log off;
  keepalive_requests 1000000000;
  keepalive_timeout 300s;
  client_body_temp_path $dir/tmp;
  server {
    listen 127.0.0.1:$port backlog=4096;
    location / { return 200; }
  }
}
CONF
if [[ -n "${BENCH_SERVER_CPUS:-}" ]]; then
  exec taskset -c "$BENCH_SERVER_CPUS" nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log"
fi
exec nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log"
