// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace motcua {

//! Exponential backoff with "equal jitter": attempt n waits between half and all
//! of min(cap, base * 2^n), so that many clients coming back online after an
//! outage do not hit the centre in lockstep.
struct Backoff
{
    int baseMs = 250;
    int capMs = 30000;
    int maxAttempts = 8; //!< attempts in total, the first one included

    [[nodiscard]] int delayMs(int attempt) const;
};

//! The delay a Retry-After header asks for (delta-seconds or an HTTP date), in ms.
[[nodiscard]] std::optional<qint64> retryAfterMs(const QByteArray &header,
                                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace motcua
