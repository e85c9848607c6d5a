// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

namespace motcua {

//! The one transport rule of every program (the desk app, the motcua CLI,
//! motcua-sign's time-stamp and revocation calls): HTTPS to anything but this
//! computer. Plain http:// carries passwords, tokens and citizens' documents in
//! the clear, so it is allowed only to a loopback address (the reference
//! server on a developer's machine, tests).

//! "localhost", 127.0.0.0/8 and ::1 (with or without brackets). No name lookup:
//! a name that merely resolves to loopback elsewhere is not trusted.
[[nodiscard]] bool isLoopbackHost(const QString &host);

//! Ok for https:// anywhere and http:// to loopback; otherwise an Invalid error
//! "transport.insecure" (or "transport.unsupported" for other schemes) whose
//! message names the https:// address to use.
[[nodiscard]] Status checkTransport(const QUrl &url);

//! A server address as typed: "host[:port][/path]" without a scheme becomes
//! https:// (http:// for loopback), a trailing slash is dropped.
[[nodiscard]] QUrl normalizeServerUrl(const QString &typed);

} // namespace motcua
