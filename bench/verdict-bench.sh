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

source bench/lib.sh
bench_classpath
java -cp "$CP" dev.hammerbench.junit.VerdictBenchmark "${1:-10}" | sed -n 's/^verdict| //p'
