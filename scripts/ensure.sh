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
  command -v node >/dev/null 2>&1 || { say "Node.js 20 or newer is required (apt-get install nodejs)"; exit 1; }
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || { say "Node.js 20 or newer is required, found $(node --version)"; exit 1; }
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
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
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
  # cap (libpcap binding) and better-sqlite3 compile at install time.
  ensure_deb libpcap-dev python3 make g++
  ensure_pnpm
  if [ ! -f "$TRAWL_ROOT/node_modules/.modules.yaml" ] || [ "$TRAWL_ROOT/pnpm-lock.yaml" -nt "$TRAWL_ROOT/node_modules/.modules.yaml" ]; then
    say "installing dependencies"
    # node-gyp builds the native addons (cap, better-sqlite3) against Debian's Node headers.
    (cd "$TRAWL_ROOT" && npm_config_nodedir=/usr pnpm install --frozen-lockfile --reporter=silent)
  fi
}

# Rebuild when any TypeScript source is newer than the last build.
ensure_build() {
  local stamp="$TRAWL_ROOT/node_modules/.trawl-build-stamp"
  if [ ! -f "$stamp" ] || [ -n "$(find "$TRAWL_ROOT/packages" "$TRAWL_ROOT/apps" -path '*/node_modules' -prune -o \( -name '*.ts' -o -name 'tsconfig*.json' -o -name package.json \) -newer "$stamp" -print -quit)" ]; then
    say "building"
    (cd "$TRAWL_ROOT" && node node_modules/typescript/bin/tsc -b tsconfig.build.json) || { say "build failed"; exit 1; }
    touch "$stamp"
  fi
  # The UI is a static export the hub serves (apps/web/out); rebuilt when its sources change, or
  # the API contract's (it bundles packages/api/dist, built just above).
  local web="$TRAWL_ROOT/apps/web"
  if [ -d "$web/app" ] && { [ ! -f "$web/out/index.html" ] || [ -n "$(find "$web/app" "$web/src" "$web/package.json" "$web/next.config.mjs" "$TRAWL_ROOT/packages/api/src" -newer "$web/out/index.html" -print -quit 2>/dev/null)" ]; }; then
    say "building the web UI"
    (cd "$web" && NEXT_TELEMETRY_DISABLED=1 node node_modules/next/dist/bin/next build >/dev/null) || { say "web UI build failed (cd apps/web && npx next build)"; exit 1; }
  fi
}
