#!/usr/bin/env bash
# How often Hammerbench's verdicts hold: repeats three EngineTestKit classes with real servers
# (two identical sleeping servers, two identical plain servers, one made 1.3x slower on purpose),
# each with @Hammer(rounds = 6), and counts "same (within noise)" and "slower".
#
# Usage, from the repository root (under the machine-wide lock on a shared machine):
#   bench/verdict-bench.sh [repetitions, default 10]
# Needs a JDK 17 and Maven with the project's dependencies (runs offline).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -cp "$CP" dev.hammerbench.junit.VerdictBenchmark "${1:-10}" | sed -n 's/^verdict| //p'
