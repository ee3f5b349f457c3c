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

mvn -q -B test-compile
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# a copy of the classes, so that a compile meanwhile cannot change them under a running turn
SNAP=$(mktemp -d /tmp/hammerbench-bench-classes.XXXXXX)
cp -r target/classes target/test-classes "$SNAP"/
CP="$SNAP/test-classes:$SNAP/classes:$(cat target/bench-classpath.txt)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
WORK=$(mktemp -d /tmp/hammerbench-steady.XXXXXX)
bench/nginx.sh "$PORT" "$WORK/nginx" &
NGINX=$!
trap 'kill $NGINX 2>/dev/null; wait $NGINX 2>/dev/null; rm -rf "$WORK" "$SNAP"' EXIT
for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
echo "java: $(java -version 2>&1 | head -1); $(nginx -v 2>&1), 1 worker, return 200; $(nproc) cores"
for turn in $(seq 1 "$turns"); do
  for setting in "${settings[@]}"; do
    java ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.hammerbench.load.SteadyStateBenchmark "http://127.0.0.1:$PORT/" \
      "$setting" "$slice" "$slices" | sed -n "s/^steady| /turn $turn: /p"
  done
done
