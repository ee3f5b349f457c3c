#!/usr/bin/env bash
# Benchmarks the Hammerbench load engine against wrk (and ab, hey when installed).
#
# Usage, from the repository root:
#   bench/load-bench.sh [--connections 50] [--seconds 10] [--long-calls 1000000] [--turns 2]
#
# Needs: a JDK 17, Maven with the project's dependencies (runs offline), and for the real
# comparison nginx, wrk, ab and hey:
#   apt-get install -y nginx-light wrk apache2-utils hey
# It starts nginx on a free loopback port with a throwaway config under /tmp (1 worker, a small
# static body, keep-alive), or, without nginx, the JVM TestServer; then runs
# dev.hammerbench.bench.LoadBench, which prints per tool: requests, req/s, client CPU us per
# request (user+sys of the tool; for the engine the JVM's process CPU during the counted run),
# the engine/wrk ratios, the seed round (2000 calls at once, a new connection each) and the
# harness RSS after 10k calls vs after --long-calls calls (0 skips that round). Tools take turns
# (--turns times each) and each keeps its faster run, so machine-load drift hits all alike.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

WORK=$(mktemp -d /tmp/load-bench.XXXXXX)
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

PORT=$(free_port)
if command -v nginx >/dev/null; then
  mkdir -p "$WORK/www" "$WORK/logs"
  printf 'Hello World\n' > "$WORK/www/index.html"
  chmod -R a+rX "$WORK"  # nginx workers run unprivileged: mktemp made the directory 0700
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 8192; }
worker_rlimit_nofile 16384;
http {
  access_log off;
  keepalive_requests 100000000;
  client_body_temp_path $WORK/tmp;
  server {
    listen 127.0.0.1:$PORT backlog=4096;
    root $WORK/www;
    location / { index index.html; }
  }
}
CONF
  nginx -c "$WORK/nginx.conf" -p "$WORK" &
  SERVER_PID=$!
  echo "server: $(nginx -v 2>&1), 1 worker, port $PORT"
else
  java -Dsun.net.httpserver.nodelay=true -cp target/test-classes dev.hammerbench.testserver.TestServer --port "$PORT" > "$WORK/server.log" &
  SERVER_PID=$!
  echo "server: JVM TestServer (nginx not installed), port $PORT"
fi
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done

ulimit -n 65536 2>/dev/null || true
java -XX:+UseSerialGC -Xmx256m -cp "$CP" dev.hammerbench.bench.LoadBench --url "http://127.0.0.1:$PORT/" "$@"
