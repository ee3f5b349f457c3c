#!/usr/bin/env bash
# Does a cold harness penalise the first server? Each setting runs in a fresh JVM: four rounds of
# 200 000 keep-alive calls (50 callers) through the extension against one nginx answering
# `return 200` (bench/nginx.sh, one worker: nginx is not the bottleneck), with the engine warm-up
# set by hammerbench.harness.warmup: each SETTING is a value of it ("0" = off, "2s", ...) or
# "default" (the knob unset). Settings take turns, TURNS times. Prints every round's req/s,
# first / median of the later rounds, the warm-up's cost, and the JVM's JIT and GC totals.
#
# Usage, from the repository root (under the machine-wide lock on a shared machine):
#   bench/warm-harness-bench.sh [TURNS, default 3] [SETTING ..., default: 0 default]
# BENCH_JAVA_OPTS go to every bench JVM; @RUN@ in them becomes TURN-SETTING, e.g. a log per JVM:
#   BENCH_JAVA_OPTS='-Xlog:jit+compilation=debug:file=/tmp/jit-@RUN@.log:uptime' bench/warm-harness-bench.sh 2 default
# (each JVM also prints where its rounds lay in its uptime, to line such logs up with the rounds)
# Needs: a JDK 17, Maven (downloads what it lacks; no -o), apt-get install -y nginx-light
set -euo pipefail
cd "$(dirname "$0")/.."
command -v nginx >/dev/null || { echo "needs nginx: apt-get install -y nginx-light" >&2; exit 1; }
turns=${1:-3}
shift || true
settings=("$@")
[ ${#settings[@]} -gt 0 ] || settings=(0 default)

mvn -q -B test-compile
# the dependency plugin is resolved like bench/load-bench.sh does it (offline it may miss its own dependencies)
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# a copy of the classes, so that a compile meanwhile cannot change them under a running turn
SNAP=$(mktemp -d /tmp/hammerbench-bench-classes.XXXXXX)
cp -r target/classes target/test-classes "$SNAP"/
trap 'rm -rf "$SNAP"' EXIT
CP="$SNAP/test-classes:$SNAP/classes:$(cat target/bench-classpath.txt)"
echo "java: $(java -version 2>&1 | head -1); $(nginx -v 2>&1); $(nproc) cores"
for turn in $(seq 1 "$turns"); do
  for setting in "${settings[@]}"; do
    opts=${BENCH_JAVA_OPTS:-}
    java ${opts//@RUN@/$turn-$setting} -cp "$CP" dev.hammerbench.junit.WarmHarnessBenchmark "$setting" \
      | sed -n "s/^warm| /turn $turn: /p"
  done
done
