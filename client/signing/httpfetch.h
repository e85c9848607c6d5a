// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QUrl>

namespace motcua::signing {

//! One bounded HTTP exchange for OCSP and CRLs: GET when `body` is empty,
//! else POST with `contentType`. Only http and https URLs; the transfer gives up
//! after `timeoutMs` without progress and the reply is cut at `maxBytes` (an
//! error). Blocks the calling thread with a local event loop: never call it
//! from the GUI thread.
[[nodiscard]] Result<QByteArray> httpFetch(const QUrl &url, const QByteArray &body,
                                           const QByteArray &contentType, int timeoutMs, qint64 maxBytes);

} // namespace motcua::signing
