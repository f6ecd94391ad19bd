#!/usr/bin/env bash
# docker/verify.sh: proves that docker/Dockerfile builds and that the image's parts run, on a Debian
# machine with no Docker engine (podman instead) and, if need be, no access to Docker Hub.
# By hand, not in CI (a cold run takes ~15-25 minutes on 2 cores):
#
#   bash docker/verify.sh
#
# As root (apt-get, podman, live capture). It installs what it lacks: podman, runc, debootstrap,
# nats-server, curl. Then:
#   1. the base images node:20-bookworm and node:20-bookworm-slim: used when present, pulled when a
#      registry answers, else STAND-INS made here under the same names (below);
#   2. builds the image (podman build, with layer caching: a rerun rebuilds only what changed);
#   3. runs it: `trawl read` on a capture (entries counted against the host's ./trawl read),
#      `worker --help`, the hub (as uid 1000) against a nats-server on this machine (GET /health, the
#      UI at /), the token rule, the worker reading a pcap file into that hub, and the worker
#      capturing live on lo (host network, NET_RAW + NET_ADMIN) what curl sends to the hub.
# Exits 1 with "verify: FAIL: ..." at the first failure; removes every container and process it
# started, whatever happens.
#
# STAND-INS, for the registry only: when Docker Hub cannot be reached, node:20-bookworm-slim is made
# from a Debian bookworm minbase root filesystem (debootstrap, from this machine's Debian mirror)
# with this machine's Node 20 binary, headers, npm and corepack copied to /usr/local, and a `node`
# user (uid 1000), as the official image lays them out; node:20-bookworm is that plus
# build-essential, python3, git and curl. If this machine's network needs an extra CA
# (NODE_EXTRA_CA_CERTS, e.g. an intercepting proxy), the build stand-in trusts it too: npm and pnpm
# fetch through it. The stand-ins carry the label io.trawl.stand-in and are not the images a real
# `docker build` uses; the Dockerfile does not know the difference. The debootstrap root filesystem
# is cached in $TRAWL_DOCKER_BASE (default /var/tmp/trawl-docker-base), so reruns skip it.
#
# Environment:
#   TRAWL_VERIFY_PCAP=FILE       the capture for `trawl read` and `worker --file` (default: zeek's
#                                http/1000-requests-one-dropped-response.pcap from ../shared/fixtures)
#   TRAWL_VERIFY_IMAGE=NAME      the tag built (default localhost/trawl:verify)
#   TRAWL_VERIFY_FROM_HEAD=1     build the committed HEAD (with this tree's docker/ and .dockerignore)
#                                instead of the work tree, e.g. while others edit it
#   TRAWL_VERIFY_NO_CACHE=1      build every layer again (a cold build's time)
#   TRAWL_DOCKER_BASE=DIR        the stand-ins' cache
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE_DIR="${TRAWL_DOCKER_BASE:-/var/tmp/trawl-docker-base}"
IMAGE="${TRAWL_VERIFY_IMAGE:-localhost/trawl:verify}"
PCAP="${TRAWL_VERIFY_PCAP:-$ROOT/../shared/fixtures/pcap/zeek/http/1000-requests-one-dropped-response.pcap}"
NODE_IMAGE=docker.io/library/node:20-bookworm
RUNTIME_IMAGE=docker.io/library/node:20-bookworm-slim
# Raised whenever the stand-ins are made differently: older ones (and the cached tarball) are redone.
STAND_IN_VERSION=2
MINBASE_IMAGE=localhost/trawl-stand-in/debian:bookworm-minbase-v$STAND_IN_VERSION
STAND_IN_LABEL=io.trawl.stand-in
TAG="verify-$$"

say() { printf 'verify: %s\n' "$*"; }
fail() { printf 'verify: FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf 'verify: ok: %s\n' "$*"; }

[ "$(id -u)" = 0 ] || fail "run as root (apt-get, podman, live capture): sudo bash docker/verify.sh"
[ -f "$PCAP" ] || fail "no capture at $PCAP (set TRAWL_VERIFY_PCAP)"
PCAP="$(readlink -f "$PCAP")"

WORK="$(mktemp -d /tmp/trawl-verify.XXXXXX)"
CONTAINERS=()
NATS_PID=
cleanup() {
  local c
  for c in "${CONTAINERS[@]}"; do "${PODMAN[@]}" rm -f -t 3 "$c" >/dev/null 2>&1 || true; done
  if [ -n "$NATS_PID" ]; then kill "$NATS_PID" 2>/dev/null || true; wait "$NATS_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
PODMAN=(podman)
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Tools
need=()
for pair in podman:podman runc:runc debootstrap:debootstrap nats-server:nats-server curl:curl; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
say "podman $(podman version --format '{{.Client.Version}}' 2>/dev/null || podman --version)"

free_port() {
  node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
}

# ---------------------------------------------------------------------------------------------
# Base images: present, pulled, or stand-ins.
debian_mirror() {
  local m
  # The first Debian archive apt uses here (not security, not a third party's repository).
  m="$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | grep -v -e security -e snapshot | head -n1 || true)"
  m="${m% }"
  echo "${m%/}" | grep . || echo http://deb.debian.org/debian
}

# The debootstrap root filesystem, trimmed as Debian's slim images are, cached as a tarball.
minbase_tar() {
  local tar="$BASE_DIR/bookworm-minbase-v$STAND_IN_VERSION.tar" rootfs="$BASE_DIR/rootfs.tmp" mirror
  if [ ! -s "$tar" ]; then
    mirror="$(debian_mirror)"
    say "debootstrap --variant=minbase bookworm from $mirror (cached in $BASE_DIR)" >&2
    mkdir -p "$BASE_DIR"
    rm -rf "$rootfs"
    debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$BASE_DIR/debootstrap.log" 2>&1 \
      || fail "debootstrap failed: see $BASE_DIR/debootstrap.log"
    rm -f "$rootfs/etc/apt/sources.list"
    cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    # As Debian's container images: apt keeps no package files or caches in a layer.
    cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
    echo 'Acquire::GzipIndexes "true";' >"$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
    # What debian:bookworm-slim leaves out of every package it installs.
    cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
EOF
    find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
    rm -rf "$rootfs"/usr/share/{man,groff,info,lintian,linda}/* "$rootfs"/var/cache/apt/archives/*.deb \
      "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log
    tar -C "$rootfs" -cf "$tar.tmp" . && mv "$tar.tmp" "$tar"
    rm -rf "$rootfs"
  fi
  echo "$tar"
}

import_minbase() {
  local tar
  podman image exists "$MINBASE_IMAGE" && return 0
  tar="$(minbase_tar)" || exit 1
  podman import -q --change 'CMD ["bash"]' "$tar" "$MINBASE_IMAGE" >/dev/null
}

stand_in_label() { "${PODMAN[@]}" image inspect --format "{{index .Labels \"$STAND_IN_LABEL\"}}" "$1" 2>/dev/null | grep -v '<no value>' || true; }
is_stand_in() { [ -n "$(stand_in_label "$1")" ]; }
# A stand-in made by an older version of this script is removed, to be made again.
drop_old_stand_in() {
  local label
  label="$(stand_in_label "$1")"
  if [ -n "$label" ] && [[ "$label" != *"stand-in v$STAND_IN_VERSION "* ]]; then
    say "removing an older stand-in for $1"
    "${PODMAN[@]}" rmi -f "$1" >/dev/null
  fi
}

make_runtime_stand_in() {
  local ctx="$WORK/slim" node prefix major
  node="$(readlink -f "$(command -v node)")"
  prefix="$(dirname "$(dirname "$node")")"
  major="$("$node" -p 'process.versions.node.split(".")[0]')"
  [ "$major" = 20 ] || say "warning: this machine's Node is $("$node" --version), the stand-in says node:20"
  [ -f "$prefix/include/node/node.h" ] || fail "no Node headers in $prefix/include/node (node-gyp needs them in the image)"
  [ -d "$prefix/lib/node_modules/npm" ] || fail "no npm in $prefix/lib/node_modules"
  import_minbase
  mkdir -p "$ctx/usr-local/bin" "$ctx/usr-local/include" "$ctx/usr-local/lib/node_modules"
  cp -a "$node" "$ctx/usr-local/bin/node"
  cp -a "$prefix/include/node" "$ctx/usr-local/include/"
  cp -a "$prefix/lib/node_modules/npm" "$ctx/usr-local/lib/node_modules/"
  [ -d "$prefix/lib/node_modules/corepack" ] && cp -a "$prefix/lib/node_modules/corepack" "$ctx/usr-local/lib/node_modules/"
  cat >"$ctx/Containerfile" <<EOF
FROM $MINBASE_IMAGE
COPY usr-local/ /usr/local/
RUN groupadd --gid 1000 node \\
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && if [ -d /usr/local/lib/node_modules/corepack ]; then ln -s ../lib/node_modules/corepack/dist/corepack.js /usr/local/bin/corepack; fi \\
 && node --version && npm --version
LABEL $STAND_IN_LABEL="node:20-bookworm-slim stand-in v$STAND_IN_VERSION made by docker/verify.sh (debootstrap + this machine's Node $("$node" --version)), not the registry's image"
CMD ["node"]
EOF
  "${PODMAN[@]}" build "${BUILD_OPTS[@]}" --pull=never -t "$RUNTIME_IMAGE" -f "$ctx/Containerfile" "$ctx" >"$WORK/stand-in-slim.log" 2>&1 \
    || { tail -n 30 "$WORK/stand-in-slim.log" >&2; fail "building the node:20-bookworm-slim stand-in"; }
}

make_build_stand_in() {
  local ctx="$WORK/full" ca_lines=
  mkdir -p "$ctx"
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r "$NODE_EXTRA_CA_CERTS" ]; then
    cp "$NODE_EXTRA_CA_CERTS" "$ctx/extra-ca.crt"
    ca_lines="COPY extra-ca.crt /usr/local/share/trawl-stand-in/extra-ca.crt
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/trawl-stand-in/extra-ca.crt"
    say "the build stand-in trusts this machine's NODE_EXTRA_CA_CERTS ($NODE_EXTRA_CA_CERTS) for npm's registry"
  fi
  cat >"$ctx/Containerfile" <<EOF
FROM $RUNTIME_IMAGE
RUN apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends build-essential python3 git curl ca-certificates procps \\
 && rm -rf /var/lib/apt/lists/*
$ca_lines
LABEL $STAND_IN_LABEL="node:20-bookworm stand-in v$STAND_IN_VERSION made by docker/verify.sh (the slim stand-in + build-essential, python3), not the registry's image"
EOF
  "${PODMAN[@]}" build "${BUILD_OPTS[@]}" --pull=never -t "$NODE_IMAGE" -f "$ctx/Containerfile" "$ctx" >"$WORK/stand-in-full.log" 2>&1 \
    || { tail -n 30 "$WORK/stand-in-full.log" >&2; fail "building the node:20-bookworm stand-in"; }
}

have_or_pull() {
  "${PODMAN[@]}" image exists "$1" && return 0
  say "pulling $1"
  timeout 300 "${PODMAN[@]}" pull -q "$1" >/dev/null 2>"$WORK/pull.log" && return 0
  say "cannot pull $1 ($(tail -n1 "$WORK/pull.log" | cut -c1-160))"
  return 1
}

# The OCI runtime and limits this machine accepts. Plain `podman run` first; here (cgroup v1 in
# hybrid mode, no CAP_SYS_RESOURCE) crun refuses and podman's default rlimits cannot be set, so
# runc with the limits this shell already has.
RUN_OPTS=()
BUILD_OPTS=()
probe_runtime() {
  local image="$1" nofile nproc candidate
  nofile="$(ulimit -Hn)"
  [ "$nofile" = unlimited ] && nofile=1048576
  for candidate in "" "runc" "runc:$(ulimit -Hu)" "runc:32768" "runc:4096"; do
    local global=() opts=()
    if [ -n "$candidate" ]; then
      global=(--runtime runc)
      opts=(--ulimit "nofile=$nofile:$nofile")
      [ "$candidate" != runc ] && opts+=(--ulimit "nproc=${candidate#runc:}:${candidate#runc:}")
    fi
    if podman "${global[@]}" run --rm "${opts[@]}" "$image" true >/dev/null 2>"$WORK/probe.log"; then
      PODMAN=(podman "${global[@]}")
      RUN_OPTS=("${opts[@]}")
      BUILD_OPTS=("${opts[@]}")
      say "containers run with: ${PODMAN[*]} run ${RUN_OPTS[*]}"
      # Builds' RUN steps need the registries (apt, npm): the default network, else the host's.
      if ! "${PODMAN[@]}" run --rm "${RUN_OPTS[@]}" "$image" getent hosts deb.debian.org >/dev/null 2>&1; then
        BUILD_OPTS+=(--network host)
        say "builds use --network host (no name resolution on the default network)"
      fi
      return 0
    fi
  done
  cat "$WORK/probe.log" >&2
  fail "podman cannot run a container here"
}

t_base=$SECONDS
drop_old_stand_in "$NODE_IMAGE"
drop_old_stand_in "$RUNTIME_IMAGE"
if ! podman image exists "$MINBASE_IMAGE" && ! podman image exists "$RUNTIME_IMAGE"; then
  have_or_pull "$RUNTIME_IMAGE" || true
fi
if podman image exists "$RUNTIME_IMAGE"; then probe_runtime "$RUNTIME_IMAGE"; else
  import_minbase
  probe_runtime "$MINBASE_IMAGE"
fi
if ! "${PODMAN[@]}" image exists "$RUNTIME_IMAGE"; then
  say "making a STAND-IN for $RUNTIME_IMAGE (not the registry's image)"
  make_runtime_stand_in
fi
if ! have_or_pull "$NODE_IMAGE"; then
  say "making a STAND-IN for $NODE_IMAGE (not the registry's image)"
  make_build_stand_in
fi
for img in "$NODE_IMAGE" "$RUNTIME_IMAGE"; do
  if is_stand_in "$img"; then say "base $img: STAND-IN (made here, for the registry only)"; else say "base $img: as pulled"; fi
done
say "base images ready in $((SECONDS - t_base)) s"

# ---------------------------------------------------------------------------------------------
# Build
CONTEXT="$ROOT"
if [ "${TRAWL_VERIFY_FROM_HEAD:-}" = 1 ]; then
  CONTEXT="$WORK/context"
  mkdir -p "$CONTEXT"
  git -C "$ROOT" archive HEAD | tar -x -C "$CONTEXT"
  rm -rf "$CONTEXT/docker"
  cp -a "$ROOT/docker" "$ROOT/.dockerignore" "$CONTEXT/"
  # One fixed modification time: podman's layer cache counts mtimes, and git archive stamps every
  # file with the commit's time, so any new commit would otherwise rebuild from the first COPY.
  find "$CONTEXT" -exec touch -h -d @1700000000 {} +
  say "building HEAD $(git -C "$ROOT" rev-parse --short HEAD) with this tree's docker/"
fi
revision="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"
version="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo dev)"
say "building $IMAGE (log: $BASE_DIR/build.log)"
mkdir -p "$BASE_DIR"
t_build=$SECONDS
cache_opt=--layers
[ "${TRAWL_VERIFY_NO_CACHE:-}" = 1 ] && cache_opt=--no-cache
if ! "${PODMAN[@]}" build "${BUILD_OPTS[@]}" --pull=never "$cache_opt" -f "$CONTEXT/docker/Dockerfile" -t "$IMAGE" \
  --build-arg "VERSION=$version" --build-arg "REVISION=$revision" --build-arg "CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  "$CONTEXT" >"$BASE_DIR/build.log" 2>&1; then
  tail -n 40 "$BASE_DIR/build.log" >&2
  fail "podman build failed after $((SECONDS - t_build)) s (whole log: $BASE_DIR/build.log)"
fi
build_s=$((SECONDS - t_build))
size_bytes="$("${PODMAN[@]}" image inspect --format '{{.Size}}' "$IMAGE")"
size_mb="$(( (size_bytes + 500000) / 1000000 ))"
ok "built $IMAGE in ${build_s} s; image size ${size_mb} MB (${size_bytes} bytes)"

run() { "${PODMAN[@]}" run "${RUN_OPTS[@]}" "$@"; }

# ---------------------------------------------------------------------------------------------
# trawl read: the same entries as this machine's ./trawl read
say "trawl read $(basename "$PCAP") in the image, and on this machine"
run --rm -v "$PCAP:/capture/in.pcap:ro" "$IMAGE" trawl read /capture/in.pcap >"$WORK/image.ndjson" 2>"$WORK/image.err" \
  || { cat "$WORK/image.err" >&2; fail "trawl read in the image exited non-zero"; }
# ./trawl builds the work tree first when its sources changed; building HEAD, the work tree may be
# mid-edit, so the host side is then the CLI as last built here.
host_trawl=("$ROOT/trawl")
[ "${TRAWL_VERIFY_FROM_HEAD:-}" = 1 ] && host_trawl=(env -u NODE_EXTRA_CA_CERTS node "$ROOT/apps/cli/dist/main.js")
"${host_trawl[@]}" read "$PCAP" >"$WORK/host.ndjson" 2>"$WORK/host.err" \
  || { cat "$WORK/host.err" >&2; fail "${host_trawl[*]} read on this machine exited non-zero"; }
image_n="$(wc -l <"$WORK/image.ndjson")"
host_n="$(wc -l <"$WORK/host.ndjson")"
say "  image: $(tail -n1 "$WORK/image.err")"
say "  host:  $(tail -n1 "$WORK/host.err")"
[ "$image_n" -gt 0 ] || fail "trawl read in the image printed no entries"
[ "$image_n" = "$host_n" ] || fail "trawl read: $image_n entries in the image, $host_n on this machine"
# The node's name is part of each entry's id: the same on both sides ("local") unless told otherwise.
if cmp -s "$WORK/image.ndjson" "$WORK/host.ndjson"; then same="byte-identical NDJSON"; else same="NDJSON differs (the work tree may differ from the image's sources)"; fi
ok "trawl read: $image_n entries in the image, $host_n on this machine ($same)"

# ---------------------------------------------------------------------------------------------
# The parts answer
run --rm "$IMAGE" worker --help >"$WORK/worker-help.txt" 2>&1 || { cat "$WORK/worker-help.txt" >&2; fail "worker --help exited non-zero"; }
grep -q -- '--nats' "$WORK/worker-help.txt" || fail "worker --help did not print the worker's usage"
ok "worker --help exits 0"
run --rm "$IMAGE" ldd /app/apps/worker/dist/trawl-pcap >"$WORK/ldd.txt" 2>&1 || true
grep -q 'libpcap' "$WORK/ldd.txt" && ! grep -q 'not found' "$WORK/ldd.txt" \
  || { cat "$WORK/ldd.txt" >&2; fail "trawl-pcap's libraries are not all in the image"; }
ok "trawl-pcap is in the image, libpcap resolved ($(grep -o 'libpcap[^ ]*' "$WORK/ldd.txt" | head -n1))"

# ---------------------------------------------------------------------------------------------
# The hub, against a nats-server on this machine
NATS_PORT="$(free_port)"
HUB_PORT="$(free_port)"
mkdir -p "$WORK/nats"
nats-server -js -a 127.0.0.1 -p "$NATS_PORT" -sd "$WORK/nats" >"$WORK/nats.log" 2>&1 &
NATS_PID=$!
for _ in $(seq 50); do
  grep -q 'Server is ready' "$WORK/nats.log" && break
  kill -0 "$NATS_PID" 2>/dev/null || { cat "$WORK/nats.log" >&2; fail "nats-server exited"; }
  sleep 0.2
done
grep -q 'Server is ready' "$WORK/nats.log" || fail "nats-server did not start on $NATS_PORT"
NATS_URL="nats://127.0.0.1:$NATS_PORT"
say "nats-server -js on $NATS_PORT (pid $NATS_PID)"

HUB="trawl-verify-hub-$TAG"
CONTAINERS+=("$HUB")
# As uid 1000 (the image's node user): the hub needs no root.
run -d --name "$HUB" --network host --user 1000:1000 "$IMAGE" \
  hub --nats "$NATS_URL" --data /tmp/trawl-hub --host 127.0.0.1 --port "$HUB_PORT" >/dev/null
HUB_URL="http://127.0.0.1:$HUB_PORT"
health=
for _ in $(seq 120); do
  health="$(curl -fsS "$HUB_URL/health" 2>/dev/null || true)"
  [ -n "$health" ] && break
  [ "$("${PODMAN[@]}" inspect --format '{{.State.Running}}' "$HUB" 2>/dev/null)" = true ] \
    || { "${PODMAN[@]}" logs "$HUB" >&2 || true; fail "the hub container exited"; }
  sleep 0.5
done
[ -n "$health" ] || { "${PODMAN[@]}" logs "$HUB" >&2; fail "GET /health did not answer within 60 s"; }
for _ in $(seq 20); do
  case "$health" in *'"status":"ok"'*) break ;; esac
  sleep 0.5
  health="$(curl -fsS "$HUB_URL/health" || true)"
done
case "$health" in *'"status":"ok"'*) ;; *) fail "GET /health: $health" ;; esac
ok "hub (uid 1000): GET /health -> $(printf '%s' "$health" | cut -c1-110)..."

curl -fsS -D "$WORK/index.headers" "$HUB_URL/" -o "$WORK/index.html" || fail "GET / failed"
grep -qi '^content-type: text/html' "$WORK/index.headers" || fail "GET / is not text/html: $(grep -i content-type "$WORK/index.headers")"
"${PODMAN[@]}" exec "$HUB" cat /app/apps/web/out/index.html >"$WORK/index.expected.html"
cmp -s "$WORK/index.html" "$WORK/index.expected.html" || fail "GET / is not the UI's index.html"
asset="$(grep -oE '/_next/static/[^"]+\.js' "$WORK/index.html" | head -n1 || true)"
[ -n "$asset" ] || fail "index.html names no /_next/static script"
curl -fsS -o /dev/null "$HUB_URL$asset" || fail "GET $asset failed"
ok "hub: GET / is the UI's index.html ($(wc -c <"$WORK/index.html") bytes, text/html); $asset served"

# The token rule: a non-loopback address without a token is refused.
if run --rm --network host "$IMAGE" hub --nats "$NATS_URL" --data /tmp/h --host 0.0.0.0 --port "$(free_port)" >"$WORK/notoken.txt" 2>&1; then
  fail "the hub listened on 0.0.0.0 without a token"
fi
grep -q 'needs a token' "$WORK/notoken.txt" || { cat "$WORK/notoken.txt" >&2; fail "the hub's refusal did not say why"; }
ok "hub --host 0.0.0.0 without TRAWL_TOKEN refused: $(grep -o 'listening on.*' "$WORK/notoken.txt" | head -n1)"
# With TRAWL_TOKEN it listens there (as in a pod): /health is open, the API takes the token only.
TOKEN_HUB="trawl-verify-token-$TAG"
CONTAINERS+=("$TOKEN_HUB")
TOKEN_PORT="$(free_port)"
token="verify-$RANDOM$RANDOM"
run -d --name "$TOKEN_HUB" --network host --user 1000:1000 -e "TRAWL_TOKEN=$token" "$IMAGE" \
  hub --nats "$NATS_URL" --data /tmp/trawl-hub --host 0.0.0.0 --port "$TOKEN_PORT" >/dev/null
for _ in $(seq 60); do curl -fsS -o /dev/null "http://127.0.0.1:$TOKEN_PORT/health" 2>/dev/null && break; sleep 0.5; done
without="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$TOKEN_PORT/api/stats")"
with="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$TOKEN_PORT/api/stats")"
[ "$without" = 401 ] && [ "$with" = 200 ] \
  || { "${PODMAN[@]}" logs "$TOKEN_HUB" 2>&1 | tail -n 5 >&2; fail "hub on 0.0.0.0 with TRAWL_TOKEN: /api/stats $without without the token, $with with it (want 401, 200)"; }
"${PODMAN[@]}" rm -f -t 3 "$TOKEN_HUB" >/dev/null
ok "hub --host 0.0.0.0 with TRAWL_TOKEN: /api/stats 401 without the token, 200 with it"

count() {
  curl -fsS -G "$HUB_URL/api/entries/count" --data-urlencode "q=$1" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'
}

# ---------------------------------------------------------------------------------------------
# The worker reads the capture into the hub
FILE_WORKER="trawl-verify-file-$TAG"
CONTAINERS+=("$FILE_WORKER")
run -d --name "$FILE_WORKER" --network host -v "$PCAP:/capture/in.pcap:ro" "$IMAGE" \
  worker --nats "$NATS_URL" --node verify-file --file /capture/in.pcap --metrics-port 0 >/dev/null
n=0
for _ in $(seq 120); do
  n="$(count 'node == "verify-file"')"
  [ "${n:-0}" -ge "$image_n" ] && break
  sleep 0.5
done
[ "${n:-0}" = "$image_n" ] || { "${PODMAN[@]}" logs "$FILE_WORKER" 2>&1 | tail -n 20 >&2; fail "worker --file: the hub holds ${n:-0} entries of $image_n"; }
ok "worker --file: $n entries published through NATS and stored by the hub (trawl read: $image_n)"
"${PODMAN[@]}" stop -t 10 "$FILE_WORKER" >/dev/null
code="$("${PODMAN[@]}" inspect --format '{{.State.ExitCode}}' "$FILE_WORKER")"
[ "$code" = 0 ] || fail "the worker exited $code on SIGTERM"
ok "worker stopped on SIGTERM, exit 0"

# ---------------------------------------------------------------------------------------------
# The worker captures live (lo, host network) what curl sends to the hub
LIVE_WORKER="trawl-verify-live-$TAG"
CONTAINERS+=("$LIVE_WORKER")
run -d --name "$LIVE_WORKER" --network host --cap-add NET_RAW --cap-add NET_ADMIN "$IMAGE" \
  worker --nats "$NATS_URL" --node verify-live --iface lo --bpf "tcp port $HUB_PORT" --metrics-port 0 >/dev/null
for _ in $(seq 60); do
  "${PODMAN[@]}" logs "$LIVE_WORKER" 2>&1 | grep -q 'capture.started' && break
  [ "$("${PODMAN[@]}" inspect --format '{{.State.Running}}' "$LIVE_WORKER")" = true ] \
    || { "${PODMAN[@]}" logs "$LIVE_WORKER" >&2; fail "the live worker exited"; }
  sleep 0.5
done
started="$("${PODMAN[@]}" logs "$LIVE_WORKER" 2>&1 | grep 'capture.started' | head -n1 || true)"
[ -n "$started" ] || { "${PODMAN[@]}" logs "$LIVE_WORKER" >&2; fail "the live worker did not start capturing"; }
say "  $(printf '%s' "$started" | cut -c1-200)"
probe_path="/verify-live-$TAG"
live=0
for i in $(seq 40); do
  # Requests until some are seen: the first may go by before the ring is open.
  curl -fsS -o /dev/null "$HUB_URL$probe_path?i=$i" || true
  sleep 0.5
  live="$(count "node == \"verify-live\" and request.path == \"$probe_path\"")"
  [ "${live:-0}" -ge 3 ] && break
done
[ "${live:-0}" -ge 3 ] || { "${PODMAN[@]}" logs "$LIVE_WORKER" 2>&1 | tail -n 20 >&2; fail "live capture: the hub holds ${live:-0} of the requests sent to $probe_path"; }
backend="$(printf '%s' "$started" | grep -o 'backend=[^ ]*' || true)"
ok "live capture on lo ($backend): $live requests to $probe_path captured, published and queryable at the hub"

say "all checks passed: image $IMAGE, ${size_mb} MB, built in ${build_s} s"
