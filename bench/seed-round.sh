#!/usr/bin/env bash
# The seed's round told three ways, on the five Python apps of example-tests, in one sitting:
# per server, the seed's method (example-tests/seed/seeds_method.py: a Python thread per call,
# requests, 1 s timeout), ab -n 2000 -c 2000 -s 1 (ab gives up its whole run at the first socket
# that waits 1 s: then it shows 0 %), then the engine (SeedRoundProbe: the default
# @Hammer(calls = 2000, timeout = "1s")), with the kernel's listen-queue counters around each.
#
# Usage, from the repository root, under the machine's CPU lock:
#   flock /tmp/hammerbench-cpu.lock bench/seed-round.sh
# Needs: apt-get install python3-bottle python3-webpy python3-flask python3-cherrypy3
#        python3-tornado python3-requests python3-psutil apache2-utils
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
bench_classpath
PY=/usr/bin/python3
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

overflows() { awk '/^TcpExt:/ { if (!h) { for (i=1;i<=NF;i++) n[i]=$i; h=1 } else for (i=1;i<=NF;i++) if (n[i]=="ListenOverflows") print $i }' /proc/net/netstat; }

declare -A PATHS=([bottle]=/hello/World [web.py]=/World [flask]=/hello/World [cherrypy]=/?name=World [tornado]='/hello?name=World')
declare -A APPS=([bottle]=bottle_app.py [web.py]=webpy_app.py [flask]=flask_app.py [cherrypy]=cherrypy_app.py [tornado]=tornado_app.py)
ORDER=(bottle web.py flask cherrypy tornado)
declare -A URLS
for name in "${ORDER[@]}"; do
  port=$(free_port)
  (cd example-tests && exec $PY "servers/python/${APPS[$name]}" "$port" >/dev/null 2>&1) &
  PIDS+=($!)
  URLS[$name]="http://127.0.0.1:$port${PATHS[$name]}"
done
for name in "${ORDER[@]}"; do  # ready: answers 200, within 30 s
  for _ in $(seq 300); do curl -fsS -o /dev/null "${URLS[$name]}" 2>/dev/null && break; sleep 0.1; done
done
sleep 2

printf '%-9s | %-34s | %-26s | %-34s\n' server "seed's method" "ab -n 2000 -c 2000 -s 1" "Hammerbench @Hammer(calls=2000, timeout=1s)"
for name in "${ORDER[@]}"; do
  url=${URLS[$name]}
  o0=$(overflows)
  seed=$($PY example-tests/seed/seeds_method.py 2000 1 "$name=$url")
  o1=$(overflows); sleep 2
  about=$(ab -q -r -n 2000 -c 2000 -s 1 "$url" 2>&1 || true)
  o2=$(overflows); sleep 2
  hb=$(java -cp "$CP" dev.hammerbench.bench.SeedRoundProbe "$name=$url" "$@")
  o3=$(overflows); sleep 2
  s_ok=$(sed -E 's/.* ok=([0-9]+).*/\1/' <<<"$seed"); s_t=$(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"$seed")
  ab_done=$(awk '/^Complete requests:/ {print $3}' <<<"$about"); ab_fail=$(awk '/^Failed requests:/ {print $3}' <<<"$about")
  ab_non2xx=$(awk '/^Non-2xx responses:/ {print $3}' <<<"$about"); ab_t=$(awk '/^Time taken for tests:/ {print $5}' <<<"$about")
  ab_ok=$(( ${ab_done:-0} - ${ab_fail:-0} - ${ab_non2xx:-0} ))
  h_ok=$(sed -E 's/.* ok=([0-9]+).*/\1/' <<<"$hb"); h_t=$(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"$hb")
  printf '%-9s | %5.1f %% in %6.2f s, %5d overflows | %5.1f %% in %6s s, %5d overflows | %5.1f %% in %6.2f s, %5d overflows\n' "$name" \
    "$(bc -l <<<"$s_ok/20")" "$s_t" $((o1-o0)) "$(bc -l <<<"$ab_ok/20")" "${ab_t:-?}" $((o2-o1)) \
    "$(bc -l <<<"$h_ok/20")" "$h_t" $((o3-o2))
  echo "    seed: ${seed#seeds-method }" >&2
  echo "    hammerbench: ${hb#hammerbench }" >&2
done
