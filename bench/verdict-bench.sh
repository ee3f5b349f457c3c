#!/usr/bin/env bash
# How often Hammerbench's verdicts hold: repeats three EngineTestKit classes with real servers
# (two identical sleeping servers, two identical plain servers, one made 1.3x slower on purpose),
# each with @Hammer(rounds = 6), and counts "same (within noise)" and "slower".
#
# Usage, from the repository root (under the machine-wide lock on a shared machine):
#   bench/verdict-bench.sh [repetitions, default 10]
# Needs a JDK 17 and Maven (downloads what it lacks; no -o).
set -euo pipefail
cd "$(dirname "$0")/.."

# no -o: on a fresh machine Maven must download what it lacks; the dependency plugin is pinned
mvn -q -B test-compile
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -cp "$CP" dev.hammerbench.junit.VerdictBenchmark "${1:-10}" | sed -n 's/^verdict| //p'
