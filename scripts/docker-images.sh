#!/usr/bin/env bash
# Builds the images Hammerbench's container tests and examples use, with no image registry:
# a Debian bookworm base made by debootstrap (its tarball cached, so a machine builds it once),
# then images FROM it, built with host networking so apt inside the build reaches the mirror.
# Needs root, debootstrap and a running dockerd. Usage: scripts/docker-images.sh [cache-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-/var/tmp/hammerbench-docker}
base=hammerbench/bookworm-minbase:1
mkdir -p "$cache"
if ! docker image inspect "$base" >/dev/null 2>&1; then
  if [ ! -s "$cache/bookworm-minbase.tar.gz" ]; then
    rm -rf "$cache/rootfs"
    debootstrap --variant=minbase bookworm "$cache/rootfs" >"$cache/debootstrap.log" 2>&1 \
      || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    tar -C "$cache/rootfs" -c . | gzip -1 >"$cache/bookworm-minbase.tar.gz.part"
    mv "$cache/bookworm-minbase.tar.gz.part" "$cache/bookworm-minbase.tar.gz"
    rm -rf "$cache/rootfs"
  fi
  zcat "$cache/bookworm-minbase.tar.gz" | docker import - "$base" >/dev/null
fi
docker build -q --network host -t hammerbench/python-test:1 scripts/docker/python >/dev/null
docker build -q --network host -t hammerbench/flask-example:1 -f scripts/docker/flask/Dockerfile \
  example-tests/servers/python >/dev/null
echo "docker images built: $base hammerbench/python-test:1 hammerbench/flask-example:1"
