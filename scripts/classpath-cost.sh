#!/usr/bin/env bash
# What Hammerbench adds to a user's test classpath: the jars of a Spring Boot 3.5 user's test
# classpath (example-tests/spring-boot-3.5) that are there only because of Hammerbench, with
# their count and size. Needs the library installed (mvn -q install -DskipTests); resolves
# dependencies only, runs nothing. Arguments go to Maven, e.g. -Dhammerbench.version=...
#   bash scripts/classpath-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
example=example-tests/spring-boot-3.5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

classpath() {  # pom file, maven args -> one jar path a line
  local pom=$1
  shift
  mvn -q -B -f "$pom" "$@" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
  tr ':' '\n' < "$work/cp.txt" | sort
}

# the same build without the Hammerbench dependency: the user's classpath before adding it
perl -0pe 's#<dependency>\s*<groupId>dev\.hammerbench</groupId>.*?</dependency>##s' \
  "$example/pom.xml" > "$example/pom-without-hammerbench.xml"
trap 'rm -rf "$work" "$example/pom-without-hammerbench.xml"' EXIT
classpath "$example/pom.xml" "$@" > "$work/with.txt"
classpath "$example/pom-without-hammerbench.xml" "$@" > "$work/without.txt"

comm -23 "$work/with.txt" "$work/without.txt" > "$work/added.txt"
total=0
while IFS= read -r jar; do
  size=$(stat -c %s "$jar")
  total=$((total + size))
  awk -v s="$size" -v n="$(basename "$jar")" 'BEGIN { printf "%8.2f MiB  %s\n", s / 1048576, n }'
done < "$work/added.txt"
awk -v n="$(wc -l < "$work/added.txt")" -v s="$total" \
  'BEGIN { printf "Hammerbench adds %d jars, %.2f MiB, to a Spring Boot 3.5 test classpath\n", n, s / 1048576 }'
