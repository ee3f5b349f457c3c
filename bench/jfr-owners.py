#!/usr/bin/env python3
"""Sums a JFR recording's CPU samples (jdk.ExecutionSample) and allocation samples
(jdk.ObjectAllocationSample, by weight) by who owns the code: each sample is charged to the first
frame from the top that is not the JDK's (so a LongAdder or ByteBuffer call counts for the library
that made it; a sample wholly in the JDK counts as JDK). Only the I/O threads (httpclient-dispatch)
are counted: that is where the calls run. Usage: bench/jfr-owners.py FILE.jfr [LABEL]"""
import collections
import subprocess
import sys

OWNERS = [
    ("dev.hammerbench.bench.", "the bench's own loop (CeilingLoop, LoadBench)"),
    ("dev.hammerbench.", "Hammerbench"),
    ("org.HdrHistogram.", "HdrHistogram (Hammerbench's histogram)"),
    ("org.apache.hc.client5.", "HttpClient 5 (client5)"),
    ("org.apache.hc.core5.reactor.", "HttpCore reactor"),
    ("org.apache.hc.core5.http.impl.nio.", "HttpCore HTTP/1.1 codec"),
    ("org.apache.hc.core5.http.message.", "HttpCore messages, headers, parsing"),
    ("org.apache.hc.core5.", "HttpCore other"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def owner(frames):
    for frame in frames:
        if not frame.startswith(JDK):
            for prefix, name in OWNERS:
                if frame.startswith(prefix):
                    return name
            return "other: " + frame.split("(")[0]
    top = frames[0] if frames else "?"
    return "JDK only (" + (top.split("(")[0].rsplit(".", 2)[0] if frames else "?") + ")"


def events(path, kind):
    text = subprocess.run(["jfr", "print", "--events", kind, "--stack-depth", "64", path],
                          check=True, capture_output=True, text=True).stdout
    event = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(kind + " {"):
            event = {"frames": []}
        elif event is not None and stripped == "}" and line.startswith("}"):
            yield event
            event = None
        elif event is not None:
            if stripped.startswith("sampledThread =") or stripped.startswith("eventThread ="):
                event["thread"] = stripped
            elif stripped.startswith("weight ="):
                event["weight"] = stripped.split("=", 1)[1].strip()
            elif stripped.startswith("objectClass ="):
                event["class"] = stripped.split("=", 1)[1].split("(")[0].strip()
            elif line.startswith("    ") and "line:" in stripped:
                event["frames"].append(stripped)


def size(text):
    number, _, unit = text.partition(" ")
    factor = {"bytes": 1, "byte": 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}.get(unit.strip(), 1)
    return float(number.replace(",", "")) * factor


def main():
    path, label = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else sys.argv[1])
    cpu = collections.Counter()
    for e in events(path, "jdk.ExecutionSample"):
        if "httpclient-dispatch" in e.get("thread", ""):
            cpu[owner(e["frames"])] += 1
    alloc = collections.Counter()
    classes = collections.Counter()
    for e in events(path, "jdk.ObjectAllocationSample"):
        if "httpclient-dispatch" in e.get("thread", ""):
            weight = size(e.get("weight", "0 bytes"))
            alloc[owner(e["frames"])] += weight
            classes[e.get("class", "?")] += weight
    native = collections.Counter()
    for e in events(path, "jdk.NativeMethodSample"):
        if "httpclient-dispatch" in e.get("thread", ""):
            native[e["frames"][0].split("(")[0] if e["frames"] else "?"] += 1
    total = sum(cpu.values()) or 1
    print(f"{label}: {sum(cpu.values())} CPU samples on the I/O threads, charged to the first non-JDK frame")
    for name, n in cpu.most_common():
        print(f"  {100.0 * n / total:5.1f} %  {name}")
    native_total = sum(native.values()) or 1
    print(f"{label}: {sum(native.values())} native samples on the I/O threads (every 5 ms: in a system call or waiting)")
    for name, n in native.most_common(5):
        print(f"  {100.0 * n / native_total:5.1f} %  {name}")
    total_alloc = sum(alloc.values()) or 1
    print(f"{label}: allocation on the I/O threads ({total_alloc / 2 ** 20:.0f} MiB sampled weight)")
    for name, n in alloc.most_common(8):
        print(f"  {100.0 * n / total_alloc:5.1f} %  {name}")
    print(f"{label}: allocated classes")
    for name, n in classes.most_common(10):
        print(f"  {100.0 * n / total_alloc:5.1f} %  {name}")


if __name__ == "__main__":
    main()
