// SPDX-License-Identifier: GPL-3.0-or-later
//! The JSON codecs of client/core (what the server sends the client, and what a
//! client sends the server): never a crash, and what a codec writes it reads back.
#include "core/citizendocument.h"
#include "core/json.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdint>

using namespace motcua;

namespace {
template<typename T> void roundTrip(const QJsonObject &o)
{
    auto v = json::parse<T>(o);
    if (!v)
        return;
    auto again = json::parse<T>(json::toJson(*v));
    if (!again) // the codec must read what it wrote
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    roundTrip<Dossier>(o);
    roundTrip<Action>(o);
    roundTrip<Annotation>(o);
    roundTrip<HistoryStep>(o);
    roundTrip<Procedure>(o);
    roundTrip<Agency>(o);
    roundTrip<Official>(o);
    roundTrip<Component>(o);
    roundTrip<CalendarYear>(o);
    (void)json::parseItems<Dossier>(o);
    CitizenWarehouse w;
    (void)json::fromJson(o, w);
    (void)json::actionFromRequestBody(o, QStringLiteral("d-1"), QStringLiteral("key-12345678"), 3,
                                      QStringLiteral("chuyenvien1"),
                                      QDateTime::fromSecsSinceEpoch(1764000000));
    return 0;
}
