#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Một Cửa Desk developer entry point: setup | build | test | demo | bench | package
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
PRESET_BUILD_TYPE="${MOTCUA_BUILD_TYPE:-RelWithDebInfo}"
JOBS="${MOTCUA_JOBS:-$(nproc)}"

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-dialogs qml6-module-qtquick-templates qml6-module-qtquick-window
  qml6-module-qtqml-workerscript qml6-module-qt-labs-folderlistmodel qml6-module-qttest
  qml6-module-qtqml qml6-module-qtquick-shapes
  libpoppler-qt6-dev qtkeychain-qt6-dev libsecret-1-0 libssl-dev libp11-kit-dev
  softhsm2 opensc gnutls-bin libnss3-tools poppler-utils qpdf
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick libgl1-mesa-dri xdotool
  postgresql sqlite3 libsqlite3-dev fonts-dejavu-core fonts-liberation2 python3 python3-yaml time bc zlib1g-dev
  dpkg-dev fakeroot file lintian ccache
  qt6-charts-dev qml6-module-qtcharts libqrencode-dev zbar-tools img2pdf stress-ng
  g++-mingw-w64-x86-64 clang libfuzzer-14-dev
)

log() { printf '\033[1m[dev.sh]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

cmd_setup() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "all ${#PACKAGES[@]} packages present"; return 0; fi
  log "installing ${#missing[@]} missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

cmd_configure() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    local extra=()
    [ "${CI:-}" = true ] && extra+=(-DMOTCUA_WERROR=ON)
    # ccache makes rebuilds in other worktrees of the same tree cheap (paths are made relative to ROOT).
    command -v ccache >/dev/null && extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$PRESET_BUILD_TYPE" "${extra[@]}"
  fi
}

cmd_build() {
  export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
  cmd_configure
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring (QtKeychain),
# a private HOME and runtime dir, and the offscreen Qt platform.
with_session() {
  local inner
  inner=$(cat <<'INNER'
set -e
export HOME="$(mktemp -d /tmp/motcua-home.XXXXXX)"
export XDG_RUNTIME_DIR="$(mktemp -d /tmp/motcua-xdg.XXXXXX)"
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT
printf %s motcua-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
"$@"
INNER
)
  dbus-run-session -- bash -c "$inner" bash "$@"
}

# Starts a throw-away PostgreSQL cluster on a free loopback port; exports MOTCUA_TEST_PG.
PG_DIR=""
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then log "PostgreSQL not found"; return 1; fi
  PG_DIR=$(mktemp -d /tmp/motcua-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  local port
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  local run=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U motcua --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" -w start >/dev/null
  "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U motcua motcua_test
  export MOTCUA_TEST_PG="postgresql://motcua@127.0.0.1:$port/motcua_test"
  export MOTCUA_PG_BIN="$bin"
  log "PostgreSQL on 127.0.0.1:$port"
}
stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  local bin run=()
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

cmd_test() {
  cmd_setup
  cmd_build
  start_postgres
  trap stop_postgres EXIT
  export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
  local rc=0
  with_session ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" "$@" || rc=$?
  return $rc
}

cmd_demo() {
  cmd_setup
  cmd_build
  local bin="$BUILD_DIR/bin"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    log "No display found. Run the demo under a virtual display, e.g.:"
    log "  xvfb-run -a -s '-screen 0 1600x1000x24' ./dev.sh demo"
    log "or set QT_QPA_PLATFORM=offscreen to start it without a window."
    return 1
  fi
  local server_pid="" server_url=""
  if [ -x "$bin/motcua-central" ] && "$bin/motcua-central" --help 2>/dev/null | grep -q -- '--demo'; then
    local data="${MOTCUA_DEMO_DIR:-$HOME/.local/share/motcua-demo}"
    mkdir -p "$data"
    local portfile="$data/port"
    rm -f "$portfile"
    "$bin/motcua-central" --listen 127.0.0.1:0 --db "sqlite:$data/central.sqlite" --demo \
      --data-dir "$data" --port-file "$portfile" &
    server_pid=$!
    for _ in $(seq 1 600); do [ -s "$portfile" ] && break; sleep 0.2; done
    if [ -s "$portfile" ]; then
      server_url="http://127.0.0.1:$(cat "$portfile")"
      log "reference central server on $server_url (accounts: chuyenvien1 / lanhdao1 / motcua1 / chuyenvien2, password demo)"
      # Demo results are signed by a demo CA and new signatures time-stamped by the server's TSA:
      # trust both roots in the default profile's trust store.
      local trust="${XDG_DATA_HOME:-$HOME/.local/share}/MotCua/motcua-desk/trust"
      mkdir -p "$trust"
      local name path
      for name in demo/trust-root.pem:motcua-demo-root.pem tsa/certificate:motcua-demo-tsa.pem; do
        path="$trust/${name#*:}"
        python3 -c 'import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1]).read())' \
          "$server_url/api/v1/${name%%:*}" > "$path" || { rm -f "$path"; log "could not fetch $server_url/api/v1/${name%%:*}"; }
      done
    else
      log "the reference server did not start; opening the app on its local cache"
    fi
  fi
  local rc=0
  if [ -n "$server_url" ]; then "$bin/motcua-desk" --server "$server_url" "$@" || rc=$?
  else "$bin/motcua-desk" "$@" || rc=$?; fi
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  return $rc
}

cmd_bench() {
  cmd_setup
  cmd_build
  start_postgres
  trap stop_postgres EXIT
  export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software MOTCUA_BUILD_DIR="$BUILD_DIR"
  local rc=0
  for b in "$ROOT"/bench/*.sh; do
    [ -e "$b" ] || continue
    log "bench: $(basename "$b")"
    with_session bash "$b" "$@" || rc=$?
  done
  return $rc
}

cmd_package() {
  cmd_setup
  cmd_build
  (cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/packages") && ls "$BUILD_DIR"/packages/*.deb
}

usage() {
  cat <<USAGE
usage: ./dev.sh COMMAND [args]
  setup    install missing Debian packages (idempotent)
  build    configure and build into ${BUILD_DIR#$ROOT/}/
  test     setup + build + every test through ctest (D-Bus, keyring, PostgreSQL started here)
  demo     setup + build + reference server with demo data + the desktop app
  bench    setup + build + every benchmark under bench/
  package  setup + build + DEB packages (CPack)
USAGE
}

main() {
  local cmd="${1:-}"; shift || true
  case "$cmd" in
    setup) cmd_setup ;;
    build) cmd_setup; cmd_build ;;
    test) cmd_test "$@" ;;
    demo) cmd_demo "$@" ;;
    bench) cmd_bench "$@" ;;
    package) cmd_package ;;
    with-session) with_session "$@" ;;
    -h|--help|help|"") usage ;;
    *) usage; exit 2 ;;
  esac
}
main "$@"
