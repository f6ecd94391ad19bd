#!/bin/sh
# Builds apps/worker/dist/trawl-pcap (the worker's default capture program) from trawl-pcap.c when
# it is missing or older than its source. Called by the worker's and the root `build`, by
# scripts/ensure.sh (./trawl, test-all, CI) and by the worker's tests. It never fails a build:
# without a C compiler or libpcap's headers it says so, and the worker captures with tcpdump.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/trawl-pcap.c"
out="$here/../dist/trawl-pcap"
[ -x "$out" ] && [ "$out" -nt "$src" ] && exit 0
cc="${CC:-cc}"
fallback="the worker will capture with tcpdump (1 s block timeout) instead"
if ! command -v "$cc" >/dev/null 2>&1; then
  echo "trawl: cannot build trawl-pcap: no C compiler ($cc); $fallback (apt-get install gcc libpcap-dev)" >&2
  exit 0
fi
mkdir -p "$(dirname "$out")"
# Built beside and renamed: a worker starting meanwhile never runs half a binary.
tmp="$out.$$"
if ! errors="$("$cc" -O2 -Wall -Wextra -o "$tmp" "$src" -lpcap 2>&1)"; then
  rm -f "$tmp"
  case "$errors" in
    *pcap/pcap.h*|*-lpcap*) echo "trawl: cannot build trawl-pcap: libpcap's headers or library are missing; $fallback (apt-get install libpcap-dev)" >&2 ;;
    *) printf 'trawl: cannot build trawl-pcap; %s:\n%s\n' "$fallback" "$errors" >&2 ;;
  esac
  exit 0
fi
[ -n "$errors" ] && printf '%s\n' "$errors" >&2
mv -f "$tmp" "$out"
