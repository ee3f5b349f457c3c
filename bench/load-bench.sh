#!/usr/bin/env bash
# Benchmarks the Hammerbench load engine against wrk, ab, hey and a plain HttpClient 5 loop.
#
# Usage, from the repository root, under the machine's CPU lock:
#   flock /tmp/hammerbench-cpu.lock bench/load-bench.sh [--connections 50] [--seconds 10] [--turns 2]
#       [--long-calls 1000000] [--tools engine,extension,ceiling,wrk,ab,hey] [--pin]
#
# Needs a JDK 17, Maven (downloads what it lacks; no -o) and, for the comparison:
#   apt-get install -y nginx-light wrk apache2-utils hey
# The server is nginx on a free loopback port (bench/nginx.sh: one worker, `return 200`,
# keep-alive never closed by request count), so that it is not the bottleneck; without nginx
# the JVM TestServer stands in and the ratios say little. dev.hammerbench.bench.LoadBench then
# runs, taking turns (A B A B), wrk -t1 and -t2, ab -k, hey, the HttpClient 5 ceiling loop (one
# leased connection per caller), the engine standalone and a round through the JUnit extension;
# each keeps its faster turn. It prints the deciding figures first, then req/s and client CPU
# us per request for every tool (a tool's user+sys; for the JVM variants the bench JVM's process
# CPU during the counted run), the seed round and harness RSS over --long-calls calls.
set -euo pipefail
cd "$(dirname "$0")/.."

# --pin: nginx on the last core, the bench JVM and every tool it starts on the others (taskset), so
# that client and server never take turns on one core; the rest goes to dev.hammerbench.bench.LoadBench
PIN=""
ARGS=()
for arg in "$@"; do
  if [[ "$arg" == "--pin" ]]; then PIN=1; else ARGS+=("$arg"); fi
done
CLIENT_PIN=()
if [[ -n "$PIN" ]]; then
  last=$(( $(nproc) - 1 ))
  if (( last < 1 )); then echo "--pin needs two cores or more" >&2; exit 2; fi
  export BENCH_SERVER_CPUS=$last
  CLIENT_PIN=(taskset -c "0-$(( last - 1 ))")
fi

source bench/lib.sh
bench_classpath

bench_server_workdir load-bench

PORT=$(free_port)
if command -v nginx >/dev/null; then
  bench/nginx.sh "$PORT" "$WORK/nginx" &
  SERVER_PID=$!
  echo "server: $(nginx -v 2>&1), 1 worker, return 200, port $PORT"
  if [[ -n "$PIN" ]]; then echo "pinned: nginx on core $BENCH_SERVER_CPUS, the bench JVM and its tools on cores ${CLIENT_PIN[2]}"; fi
else
  java -Dsun.net.httpserver.nodelay=true -cp target/test-classes dev.hammerbench.testserver.TestServer --port "$PORT" > "$WORK/server.log" &
  SERVER_PID=$!
  echo "server: JVM TestServer (nginx not installed: the server is the bottleneck), port $PORT"
fi
await_port "$PORT"

ulimit -n 65536 2>/dev/null || true
# G1 (the JVM's default, what a test JVM runs): measured best for the engine among G1, Serial
"${CLIENT_PIN[@]}" java -Xmx512m -cp "$CP" dev.hammerbench.bench.LoadBench --url "http://127.0.0.1:$PORT/" "${ARGS[@]}"
