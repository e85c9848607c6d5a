// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {

//! Reads a secret from the environment (MOTCUA_PIN, MOTCUA_PASSWORD) and removes
//! it at once, so child processes never inherit it and /proc/<pid>/environ of a
//! later process does not show it. The first call takes it; later calls (from
//! any thread) return the copy kept in this process. Programs call it early in
//! main() for every secret they accept.
[[nodiscard]] QByteArray takeEnvironmentSecret(const char *name);

//! A signer's PIN or password for a command-line tool: MOTCUA_PIN (taken as above)
//! or else the first line of stdin, read once and kept for later calls (a batch
//! asks for it at each signature of a key with CKA_ALWAYS_AUTHENTICATE).
[[nodiscard]] QByteArray secretFromEnvOrStdin();

//! Overwrites a secret's bytes before the buffer is released (the compiler may not
//! drop the writes), then clears it.
void wipeSecret(QByteArray &secret);
void wipeSecret(QString &secret);

} // namespace motcua
