#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the DEBs with CPack, checks them with lintian (no errors allowed),
# installs motcua-desk on this machine, runs the installed programs, checks that
# removal leaves a user's profile alone, and removes the package.
# Usage: test-deb.sh BUILD_DIR   (must run as root: it installs a package)
set -euo pipefail
BUILD_DIR=$(cd "$1" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "must run as root to install the package (CI runs as root)"

WORK=$(mktemp -d /tmp/motcua-deb.XXXXXX)
cleanup() {
  if dpkg-query -W -f='${Status}' motcua-desk 2>/dev/null | grep -q 'ok installed'; then
    dpkg -r motcua-desk >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== cpack"
(cd "$WORK" && cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) \
  || { cat "$WORK/cpack.log"; fail "cpack failed"; }
DESK=$(ls "$WORK"/out/motcua-desk_*.deb 2>/dev/null | head -1 || true)
[ -n "$DESK" ] || { ls -la "$WORK/out"; fail "no motcua-desk DEB produced"; }
echo "built: $(ls "$WORK"/out/*.deb | xargs -n1 basename | tr '\n' ' ')"

echo "== contents"
dpkg-deb -c "$DESK" > "$WORK/contents.txt"
for f in ./usr/bin/motcua-desk ./usr/share/applications/motcua-desk.desktop \
         ./usr/share/icons/hicolor/scalable/apps/motcua-desk.svg ./usr/share/doc/motcua-desk/copyright; do
  grep -q " $f\$" "$WORK/contents.txt" || fail "$f missing from $(basename "$DESK")"
done
for prog in motcua motcua-sign; do
  if [ -x "$BUILD_DIR/bin/$prog" ]; then
    grep -q " ./usr/bin/$prog\$" "$WORK/contents.txt" || fail "/usr/bin/$prog missing from the package"
  fi
done
deps=$(dpkg-deb -f "$DESK" Depends)
echo "Depends: $deps"
for d in libqt6core6 qml6-module-qtquick-controls; do
  echo "$deps" | grep -q "$d" || fail "dependency on $d not declared"
done
# Each of these libraries that a packaged program links must be a declared dependency.
for prog in motcua-desk motcua motcua-sign; do
  [ -x "$BUILD_DIR/bin/$prog" ] || continue
  libs=$(ldd "$BUILD_DIR/bin/$prog")
  for pair in libpoppler-qt6:libpoppler-qt6 libqt6keychain:libqt6keychain libssl.so:libssl3 libcrypto.so:libssl3; do
    lib=${pair%%:*} pkg=${pair#*:}
    if echo "$libs" | grep -q "$lib"; then
      echo "$deps" | grep -q "$pkg" || fail "$prog links $lib but the package does not depend on $pkg"
    fi
  done
done

echo "== lintian"
lintian --tag-display-limit 0 "$WORK"/out/*.deb > "$WORK/lintian.txt" 2>&1 || true
cat "$WORK/lintian.txt"
if grep -q '^E:' "$WORK/lintian.txt"; then fail "lintian reports errors"; fi

echo "== install"
dpkg -i "$DESK" >/dev/null || fail "dpkg -i failed"
[ -x /usr/bin/motcua-desk ] || fail "/usr/bin/motcua-desk not installed"
out=$(/usr/bin/motcua-desk --version) || fail "installed motcua-desk --version failed"
echo "$out" | grep -q "motcua-desk [0-9]" || fail "unexpected --version output: $out"
for prog in motcua motcua-sign; do
  if [ -x "/usr/bin/$prog" ]; then
    /usr/bin/$prog --help >/dev/null || fail "installed $prog --help failed"
  fi
done

echo "== run the installed app offscreen"
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/xdg"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
profile="$HOME/.local/share/MotCua/motcua-desk"
mkdir -p "$profile"; echo keep > "$profile/marker"
set +e
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software timeout 6 /usr/bin/motcua-desk > "$WORK/app.log" 2>&1
rc=$?
set -e
cat "$WORK/app.log"
[ "$rc" = 124 ] || fail "the installed app exited with $rc instead of running until stopped"
if grep -E -i 'qrc:.*error|is not a type|module .* is not installed|failed to load|cannot assign' "$WORK/app.log"; then
  fail "QML errors while starting the installed app"
fi

echo "== remove"
dpkg -r motcua-desk >/dev/null || fail "dpkg -r failed"
[ ! -e /usr/bin/motcua-desk ] || fail "/usr/bin/motcua-desk still there after removal"
[ -f "$profile/marker" ] || fail "removing the package touched the user's profile"
echo "installer test passed"
