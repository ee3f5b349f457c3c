#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium, offline, to check how a report looks.
# Usage: scripts/render-html-screenshot.sh <report.html> <out.png> [width,height]
# Needs the Debian package "chromium". Every network feature Chromium would start on its own is off,
# and a fresh throw-away profile is used, so the picture shows what the file alone renders.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 <report.html> <out.png> [width,height (default 1280,2000)]" >&2
    exit 2
fi
html=$1
out=$2
size=${3:-1280,2000}
if [[ ! -f $html ]]; then
    echo "$0: no such file: $html" >&2
    exit 2
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z $browser ]]; then
    echo "$0: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 3
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$html")"
out_abs="$(realpath -m "$out")"
mkdir -p "$(dirname "$out_abs")"
rm -f "$out_abs"

# Bounded: a hung browser is killed after 60 s instead of hanging the caller.
timeout --kill-after=5 60 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" --screenshot="$out_abs" --window-size="$size" "$url" >/dev/null 2>&1 || true

if [[ ! -s $out_abs ]]; then
    echo "$0: chromium wrote no screenshot for $url" >&2
    exit 1
fi
echo "$out_abs"
