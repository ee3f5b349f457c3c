#!/usr/bin/env bash
# Where a warm keep-alive run's CPU and allocation go: the engine standalone and the plain
# HttpClient 5 ceiling loop (one leased connection per caller), each against nginx `return 200`
# (bench/nginx.sh), each warmed by one run and then recorded by JFR for one more
# (dev.hammerbench.bench.ProfileRun); bench/jfr-owners.py sums the I/O threads' samples by who owns
# the code. What the ceiling pays too is HttpClient 5's and HttpCore's, not the engine's.
#
# Usage, from the repository root, under the machine's CPU lock:
#   flock /tmp/hammerbench-cpu.lock bench/profile-bench.sh [--seconds 10] [--connections 50]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v nginx >/dev/null || { echo "needs nginx (apt-get install -y nginx-light)" >&2; exit 2; }

source bench/lib.sh
bench_classpath

bench_server_workdir profile-bench

PORT=$(free_port)
bench/nginx.sh "$PORT" "$WORK/nginx" &
SERVER_PID=$!
await_port "$PORT" nginx
for tool in ceiling engine; do
  java -Xmx512m -cp "$CP" dev.hammerbench.bench.ProfileRun --url "http://127.0.0.1:$PORT/" --tool "$tool" \
    --jfr "$WORK/$tool.jfr" "$@"
  mkdir -p target/profile && cp "$WORK/$tool.jfr" "target/profile/$tool.jfr"
done
for tool in ceiling engine; do
  python3 bench/jfr-owners.py "target/profile/$tool.jfr" "$tool"
done
