#!/usr/bin/env bash
# Does a cold harness penalise the first server? Each setting runs in a fresh JVM: three rounds
# of 200 000 keep-alive calls (50 callers) against one nginx, first with the harness warm-up off
# (hammerbench.harness.warmup=0), then on (2s), --turns times each.
#
# Usage, from the repository root (under the machine-wide lock on a shared machine):
#   bench/warm-harness-bench.sh [turns, default 2]
# Needs: a JDK 17, Maven (downloads what it lacks; no -o), apt-get install -y nginx-light
set -euo pipefail
cd "$(dirname "$0")/.."
command -v nginx >/dev/null || { echo "needs nginx: apt-get install -y nginx-light" >&2; exit 1; }

# no -o: on a fresh machine Maven must download what it lacks; the dependency plugin is pinned
mvn -q -B test-compile
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
for turn in $(seq 1 "${1:-2}"); do
  for warmup in 0 2s; do
    java -cp "$CP" dev.hammerbench.junit.WarmHarnessBenchmark "$warmup" | sed -n "s/^warm| /turn $turn: /p"
  done
done
