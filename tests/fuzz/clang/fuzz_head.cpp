// SPDX-License-Identifier: GPL-3.0-or-later
//! The request-head parser that enforces body limits before Qt HttpServer reads.
#include "requestsizeguard.h"

#include <cstdint>

using motcua::server::BodyLimits;
using motcua::server::RequestSizeGuard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const RequestSizeGuard::Head h = RequestSizeGuard::parseHead(head);
    //! Properties: a length is never negative, and a refused length is never taken.
    if (h.contentLength < 0)
        __builtin_trap();
    const qint64 limit = RequestSizeGuard::limitFor(h.method, h.path, BodyLimits {});
    if (limit != BodyLimits {}.documents && limit != BodyLimits {}.other)
        __builtin_trap();
    return 0;
}
