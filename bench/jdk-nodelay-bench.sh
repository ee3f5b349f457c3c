#!/usr/bin/env bash
# Is the JDK HttpServer's ~1100 req/s in JvmServerShootoutTest the server or Hammerbench? The same
# server (example-tests' JdkHttpServerHello, the shootout's jvmArgs -Xmx64m -XX:+UseSerialGC) is
# hammered at the same keep-alive concurrency by the Hammerbench engine, wrk and hey, with and
# without -Dsun.net.httpserver.nodelay=true (the JDK server's TCP_NODELAY switch, off by default:
# it writes headers and body in separate writes, so with Nagle on the body waits for the client's
# delayed ACK, ~40 ms on Linux). A fresh server per setting, tools take turns within a setting,
# TURNS times. Prints req/s and p50 of every run and, per setting, the medians and the ratio
# hammerbench / wrk of req/s.
#
# Usage, from the repository root (under the machine-wide lock on a shared machine):
#   bench/jdk-nodelay-bench.sh [TURNS, default 2] [SECONDS per run, default 5] [CONNECTIONS, default 50]
# Needs: a JDK 17, Maven (downloads what it lacks; no -o), apt-get install -y wrk hey
set -euo pipefail
cd "$(dirname "$0")/.."
turns=${1:-2}
seconds=${2:-5}
connections=${3:-50}
for tool in wrk hey; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y wrk hey" >&2; exit 1; }
done

mvn -q -B test-compile
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
WORK=$(mktemp -d /tmp/jdk-nodelay-bench.XXXXXX)
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# the server is example-tests' own source, compiled here: it needs nothing but the JDK
servers=example-tests/src/main/java/dev/hammerbench/examples/servers
javac -d "$WORK/server" "$servers/Hello.java" "$servers/JdkHttpServerHello.java"
cp -r target/classes target/test-classes "$WORK"/
CP="$WORK/test-classes:$WORK/classes:$(cat target/bench-classpath.txt)"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
ms() { # a wrk/hey latency ("44.12ms", "812.00us", "1.02s", or hey's seconds "0.0441") in ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0;
    else if (v ~ /s$/) print v * 1000; else print v * 1000 }'
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "java: $(java -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); $(nproc) cores;" \
  "$connections keep-alive connections, $seconds s a run, $turns turns"
for setting in default nodelay; do
  props=()
  [[ $setting == nodelay ]] && props=(-Dsun.net.httpserver.nodelay=true)
  port=$(free_port)
  java -Xmx64m -XX:+UseSerialGC "${props[@]}" -cp "$WORK/server" dev.hammerbench.examples.servers.JdkHttpServerHello \
    "$port" > "$WORK/server-$setting.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  url="http://127.0.0.1:$port/hello/World"
  # not counted: the server's own JIT warm-up, so that whichever tool goes first is not penalised
  wrk -t1 -c"$connections" -d2s "$url" > /dev/null
  : > "$WORK/$setting.txt"
  for turn in $(seq 1 "$turns"); do
    line=$(java -cp "$CP" dev.hammerbench.bench.EngineRound "$url" "$connections" "$seconds" 2 | grep '^engine ')
    read -r _ rps p50 ok <<< "$line"
    echo "hammerbench $rps $p50 $ok" >> "$WORK/$setting.txt"
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "$url")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
    errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr -s ' ' | tr ' ' '_' | paste -sd';' || true)
    echo "wrk $rps $p50 ${errors:-ok}" >> "$WORK/$setting.txt"
    out=$(hey -c "$connections" -z "${seconds}s" "$url")
    rps=$(awk '/Requests\/sec:/ { print $2 }' <<< "$out")
    p50=$(ms "$(awk '$1 == "50%" { print $3 }' <<< "$out")")
    codes=$(awk '/\[[0-9][0-9][0-9]\][ \t]+[0-9]+ responses/ { gsub(/[][]/, "", $1); printf "%s%s:%s", sep, $1, $2; sep = "," }' <<< "$out")
    echo "hey $rps $p50 $codes" >> "$WORK/$setting.txt"
    tail -3 "$WORK/$setting.txt" | awk -v s="$setting" -v t="$turn" '{ printf "%-8s turn %d: %-12s %9.0f req/s  p50 %8.3f ms  %s\n", s, t, $1, $2, $3, $4 }'
  done
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
done
echo
echo "medians over turns:"
for setting in default nodelay; do
  for tool in hammerbench wrk hey; do
    rps=$(awk -v t="$tool" '$1 == t { print $2 }' "$WORK/$setting.txt" | median)
    p50=$(awk -v t="$tool" '$1 == t { print $3 }' "$WORK/$setting.txt" | median)
    printf "%-8s %-12s %9.0f req/s  p50 %8.3f ms\n" "$setting" "$tool" "$rps" "$p50"
    echo "$setting $tool $rps" >> "$WORK/medians.txt"
  done
  awk -v s="$setting" '$1 == s && $2 == "hammerbench" { h = $3 } $1 == s && $2 == "wrk" { w = $3 }
    END { printf "%-8s hammerbench / wrk req/s = %.3f\n", s, h / w }' "$WORK/medians.txt"
done
awk '$2 == "hammerbench" { h[$1] = $3 } END { printf "hammerbench req/s nodelay / default = %.1fx\n", h["nodelay"] / h["default"] }' \
  "$WORK/medians.txt"
