#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the Windows certificate-store signer with mingw-w64 (-fsyntax-only), so a
# mistake cannot hide in code that no one builds on Linux.
#   mingw_certstoresigner.sh MINGW_CXX SOURCE_DIR QT_HEADERS OPENSSL_INCLUDE OPENSSL_ARCH_INCLUDE
# Qt: the Linux Qt headers are used as they are (they pick the Windows branches from
# _WIN32; only the dllimport-redeclaration warning they then print is silenced).
# OpenSSL: a copy of its headers (the generic ones plus the arch-specific
# configuration.h/opensslconf.h) in a temporary directory, so that mingw does not see
# /usr/include and glibc's headers.
set -eu
cxx=$1 src=$2 qt=$3 ossl=$4 osslArch=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/openssl"
cp "$ossl"/openssl/*.h "$tmp/openssl/"
cp "$osslArch"/openssl/*.h "$tmp/openssl/"
file="$src/client/signing/certstoresigner.cpp"
"$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -Wno-attributes \
    -I "$src/client" -I "$src/client/signing" -I "$tmp" -I "$qt" -I "$qt/QtCore" "$file"
# clang-format must not move <windows.h> after <ncrypt.h> again.
if command -v clang-format >/dev/null 2>&1; then
    clang-format --style="file:$src/.clang-format" "$file" > "$tmp/formatted.cpp"
    "$cxx" -std=c++20 -fsyntax-only -Wno-attributes -I "$src/client" -I "$src/client/signing" \
        -I "$tmp" -I "$qt" -I "$qt/QtCore" -x c++ "$tmp/formatted.cpp"
fi
echo "certstoresigner.cpp compiles with $cxx"
