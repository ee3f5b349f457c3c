#!/usr/bin/env bash
# Calls until steady: how many keep-alive calls a fresh JVM's engine needs before its req/s stops
# climbing, against nginx answering `return 200` (bench/nginx.sh, one worker), after each engine
# warm-up setting ("0" = none, "2s", ...). Slices of SLICE calls, SLICES of them, per fresh JVM;
# settings take turns. Each slice prints req/s and the JIT and GC milliseconds it overlapped.
#
# Usage, from the repository root (under the machine-wide lock on a shared machine):
#   bench/steady-state-bench.sh [TURNS=2] [SLICE=20000] [SLICES=20] [SETTING ..., default: 0 2s]
# Needs: a JDK 17, Maven with the project's dependencies, apt-get install -y nginx-light
set -euo pipefail
cd "$(dirname "$0")/.."
command -v nginx >/dev/null || { echo "needs nginx: apt-get install -y nginx-light" >&2; exit 1; }
turns=${1:-2}; slice=${2:-20000}; slices=${3:-20}
shift 3 || shift $#
settings=("$@")
[ ${#settings[@]} -gt 0 ] || settings=(0 2s)

source bench/lib.sh
bench_snapshot_classpath
PORT=$(free_port)
WORK=$(mktemp -d /tmp/hammerbench-steady.XXXXXX)
bench/nginx.sh "$PORT" "$WORK/nginx" &
NGINX=$!
trap 'kill $NGINX 2>/dev/null; wait $NGINX 2>/dev/null; rm -rf "$WORK" "$SNAP"' EXIT
await_port "$PORT" nginx
echo "java: $(java -version 2>&1 | head -1); $(nginx -v 2>&1), 1 worker, return 200; $(nproc) cores"
for turn in $(seq 1 "$turns"); do
  for setting in "${settings[@]}"; do
    java ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.hammerbench.load.SteadyStateBenchmark "http://127.0.0.1:$PORT/" \
      "$setting" "$slice" "$slices" | sed -n "s/^steady| /turn $turn: /p"
  done
done
