// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QLocale>
#include <QRandomGenerator>

namespace motcua {

int Backoff::delayMs(int attempt) const
{
    const qint64 exp = qint64(baseMs) << qBound(0, attempt, 20);
    const qint64 ceiling = qMin<qint64>(capMs, exp);
    const qint64 half = ceiling / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = h.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    //! IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at
        = QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(at));
}

} // namespace motcua
