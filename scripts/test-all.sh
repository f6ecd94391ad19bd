#!/usr/bin/env bash
# Runs every test: installs what the suites need (tshark and tcpdump are the oracles and the
# recorders), builds, then runs each suite; the last line is `N passed, N failed`.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/ensure.sh"
ensure_node
# chromium: the e2e UI tests drive Debian's chromium (they skip, and say so, only where it cannot be installed).
ensure_apt tshark:tshark tcpdump:tcpdump curl:curl nats-server:nats-server ip:iproute2 wrk:wrk prometheus:prometheus redis-server:redis-server redis-cli:redis-tools dnsmasq:dnsmasq-base chromium:chromium
ensure_deps
ensure_build
cd "$TRAWL_ROOT"
exec node scripts/run-tests.mjs "$@"
