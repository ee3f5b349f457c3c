# Shared setup of the bench scripts; sourced from the repository root (`source bench/lib.sh`),
# after `set -euo pipefail`. Defines functions only: sourcing it starts nothing.

# bench_classpath: compiles the tests and sets CP to the test classes, the classes and every
# test-scope dependency. No -o, so a fresh machine downloads what it lacks; the dependency plugin
# is named with its version, because an unpinned goal resolves whatever the local repository has.
bench_classpath() {
  mvn -q -B test-compile
  mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
  CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

# bench_snapshot_classpath: as bench_classpath, but over a copy of the classes in SNAP (a new
# temporary folder the caller removes), so that a compile meanwhile cannot change them under a
# running turn.
bench_snapshot_classpath() {
  bench_classpath
  SNAP=$(mktemp -d /tmp/hammerbench-bench-classes.XXXXXX)
  cp -r target/classes target/test-classes "$SNAP"/
  CP="$SNAP/test-classes:$SNAP/classes:$(cat target/bench-classpath.txt)"
}

# free_port: prints a loopback port nothing listens on now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# await_port PORT [WHAT]: waits up to 10 s for a listener on 127.0.0.1:PORT; fails, naming WHAT, without one.
await_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "${2:-the server} did not listen on 127.0.0.1:$1 within 10 s" >&2
  return 1
}

# bench_server_workdir NAME: sets WORK to a new temporary folder /tmp/NAME.XXXXXX and SERVER_PID to "";
# on exit the server whose pid the caller then puts in SERVER_PID is stopped and WORK removed.
bench_server_workdir() {
  WORK=$(mktemp -d "/tmp/$1.XXXXXX")
  SERVER_PID=""
  trap bench_stop_server EXIT
}

bench_stop_server() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
