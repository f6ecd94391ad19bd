# Sourced by ./trawl, scripts/test-all.sh and .ci/run: installs what trawl needs, only when missing.
# Works on a fresh Debian machine with Node 20 (as root, or with sudo).

PNPM_VERSION=10.34.8
TRAWL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf 'trawl: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else say "need root to run: $*"; return 1
  fi
}

ensure_node() {
  hash node 2>/dev/null || { say "Node.js 20 or newer is required (apt-get install nodejs)"; exit 1; }
  # Checked once per node binary: a stamp newer than the binary says this one passed (running
  # `node --version` cost ~4-10 ms of every ./trawl; `node -p` ~0.1 s). BASH_CMDS: no subshell.
  local bin="${BASH_CMDS[node]}" stamp="$TRAWL_ROOT/node_modules/.trawl-node-ok" version major
  [ -f "$stamp" ] && [ "$stamp" -nt "$bin" ] && [ "$(<"$stamp")" = "$bin" ] && return 0
  version="$(node --version)"
  major="${version#v}"
  major="${major%%.*}"
  [ "$major" -ge 20 ] || { say "Node.js 20 or newer is required, found $version"; exit 1; }
  if [ -d "$TRAWL_ROOT/node_modules" ]; then printf '%s' "$bin" > "$stamp" 2>/dev/null || true; fi
}

# ensure_apt CMD:PACKAGE ... — installs each Debian package whose command is missing.
ensure_apt() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ensure_deb PACKAGE ... — installs Debian packages that are not installed (libraries have no command).
ensure_deb() {
  local missing=() pkg installed
  # One dpkg-query for all of them (one each cost ~0.15 s of every ./trawl).
  installed="$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | sed -n 's/ install ok installed$//p' || true)"
  for pkg in "$@"; do
    [[ $'\n'"$installed"$'\n' == *$'\n'"$pkg"$'\n'* ]] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    say "installing pnpm $PNPM_VERSION"
    as_root npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

ensure_deps() {
  if [ ! -f "$TRAWL_ROOT/node_modules/.modules.yaml" ] || [ "$TRAWL_ROOT/pnpm-lock.yaml" -nt "$TRAWL_ROOT/node_modules/.modules.yaml" ]; then
    # cap (libpcap binding) and better-sqlite3 compile at install time.
    ensure_deb libpcap-dev python3 make g++
    # Only when installing: `pnpm --version` alone took ~1 s of every ./trawl.
    ensure_pnpm
    say "installing dependencies"
    # node-gyp builds the native addons (cap, better-sqlite3) against Debian's Node headers.
    (cd "$TRAWL_ROOT" && npm_config_nodedir=/usr pnpm install --frozen-lockfile --reporter=silent)
  fi
}

# Rebuild when any TypeScript source is newer than the last build.
ensure_build() {
  ensure_cli_build
  ensure_native
  ensure_web
}

# What every command needs: the packages compiled (tsc -b) and the CLI's bundle.
ensure_cli_build() {
  local stamp="$TRAWL_ROOT/node_modules/.trawl-build-stamp"
  # Build output and dependencies are not looked into: sources only (~750 files, not ~2,200).
  if [ ! -f "$stamp" ] || [ -n "$(find "$TRAWL_ROOT/packages" "$TRAWL_ROOT/apps" \( -name node_modules -o -name dist -o -name dist-node -o -name out -o -name .next \) -prune -o \( -name '*.ts' -o -name 'tsconfig*.json' -o -name package.json \) -newer "$stamp" -print -quit)" ]; then
    say "building"
    (cd "$TRAWL_ROOT" && node node_modules/typescript/bin/tsc -b tsconfig.build.json) || { say "build failed"; exit 1; }
    touch "$stamp"
  fi
  # The CLI's bundle (apps/cli/dist/bundle: `trawl` starts in ~0.15 s instead of ~0.25 s), rebuilt
  # when missing or older than a tsc build of what it bundles. Without it apps/cli/dist/main.js runs
  # the modules tsc emitted: slower to start, same behaviour, so a failure here only warns.
  local manifest="$TRAWL_ROOT/apps/cli/dist/bundle/manifest.json" f rebundle=
  [ -f "$manifest" ] || rebundle=1
  for f in "$TRAWL_ROOT"/packages/*/*.tsbuildinfo "$TRAWL_ROOT"/apps/cli/*.tsbuildinfo "$TRAWL_ROOT"/apps/cli/scripts/bundle.mjs "$TRAWL_ROOT"/node_modules/.modules.yaml; do
    [ "$f" -nt "$manifest" ] && rebundle=1
  done
  if [ -n "$rebundle" ]; then
    (cd "$TRAWL_ROOT" && node apps/cli/scripts/bundle.mjs) || say "bundling the CLI failed: it runs unbundled (slower start)"
  fi
}

# The worker's capture program (C): rebuilt when its source changes; only warns when it cannot be.
ensure_native() {
  ensure_deb libpcap-dev gcc
  sh "$TRAWL_ROOT/apps/worker/native/build.sh"
}

ensure_web() {
  # The UI is a static export the hub serves (apps/web/out); rebuilt when its sources change, or
  # the API contract's (it bundles packages/api/dist, built just above).
  local web="$TRAWL_ROOT/apps/web"
  if [ -d "$web/app" ] && { [ ! -f "$web/out/index.html" ] || [ -n "$(find "$web/app" "$web/src" "$web/package.json" "$web/next.config.mjs" "$TRAWL_ROOT/packages/api/src" -newer "$web/out/index.html" -print -quit 2>/dev/null)" ]; }; then
    say "building the web UI"
    (cd "$web" && NEXT_TELEMETRY_DISABLED=1 node node_modules/next/dist/bin/next build >/dev/null) || { say "web UI build failed (cd apps/web && npx next build)"; exit 1; }
  fi
}
