"""The seed's method, as compare.py hammered: for each server in turn, one Python thread per
call, all started at once, each doing requests.get(url, timeout=T) on a new connection.

Usage: /usr/bin/python3 seeds_method.py CALLS TIMEOUT_SECONDS NAME=URL [NAME=URL ...]

Prints one line per server, for a test to parse (keys never contain spaces):
  seeds-method name=bottle calls=2000 ok=1996 seconds=3.214 start_spread=1.402 over_timeout=0
      harness_rss_mib=52.1 outcomes=200:1996,ConnectTimeout:4
ok counts HTTP 200 as the seed did; over_timeout counts those 200s that took longer than the
timeout from the call's start (requests applies its timeout to the connect and to each read, so
a call may take longer than T in total and still succeed); start_spread is the time from the first
thread's start to the last one's. Outcomes name each exception's class where the seed said -1.
"""
import sys
import threading
import time
from collections import Counter

import psutil
import requests

# 2000 threads with the default 8 MiB stack reserve 16 GiB of address space; 256 KiB is plenty.
threading.stack_size(256 * 1024)


def hammer(url, calls, timeout):
    outcomes = Counter()
    starts = [0.0] * calls
    elapsed = [0.0] * calls
    lock = threading.Lock()

    def call(i):
        start = time.perf_counter()
        starts[i] = start
        try:
            outcome = str(requests.get(url, timeout=timeout).status_code)
        except Exception as e:  # the seed's -1, named
            outcome = type(e).__name__
        elapsed[i] = time.perf_counter() - start
        with lock:
            outcomes[outcome] += 1

    threads = [threading.Thread(target=call, args=(i,), daemon=True) for i in range(calls)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1.0, 10 * timeout))
    took = time.perf_counter() - began
    with lock:
        counted = dict(outcomes)
    unfinished = calls - sum(counted.values())
    if unfinished > 0:
        counted['Unfinished'] = unfinished
    ok = counted.get('200', 0)
    over = sum(1 for i in range(calls) if elapsed[i] > timeout)
    return ok, took, max(starts) - min(starts), over, counted


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    calls, timeout = int(argv[1]), float(argv[2])
    for pair in argv[3:]:
        name, url = pair.split('=', 1)
        ok, took, spread, over, outcomes = hammer(url, calls, timeout)
        rss = psutil.Process().memory_info().rss / 2**20
        text = ','.join('%s:%d' % kv for kv in sorted(outcomes.items(), key=lambda kv: -kv[1]))
        print('seeds-method name=%s calls=%d ok=%d seconds=%.3f start_spread=%.3f over_timeout=%d'
              ' harness_rss_mib=%.1f outcomes=%s' % (name, calls, ok, took, spread, over, rss, text), flush=True)


if __name__ == '__main__':
    main(sys.argv)
