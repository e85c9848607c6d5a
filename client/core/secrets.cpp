// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <cstdio>
#include <optional>

namespace motcua {

namespace {
QMutex &secretsMutex()
{
    static QMutex m;
    return m;
}
QHash<QByteArray, QByteArray> &taken()
{
    static QHash<QByteArray, QByteArray> h;
    return h;
}
void wipeBytes(void *p, qsizetype n)
{
    volatile unsigned char *v = static_cast<volatile unsigned char *>(p);
    for (qsizetype i = 0; i < n; ++i)
        v[i] = 0;
}
} // namespace

QByteArray takeEnvironmentSecret(const char *name)
{
    QMutexLocker lock(&secretsMutex());
    const QByteArray key(name);
    auto it = taken().constFind(key);
    if (it != taken().constEnd())
        return *it;
    QByteArray value = qgetenv(name);
    if (qEnvironmentVariableIsSet(name)) {
        //! Overwrite the environment's copy before removing it (unsetenv only unlinks it).
        QByteArray junk(value.size(), 'x');
        qputenv(name, junk);
        qunsetenv(name);
    }
    taken().insert(key, value);
    return value;
}

void wipeSecret(QByteArray &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret.detach(); // never scribble over a buffer another QByteArray shares
    wipeBytes(secret.data(), secret.size());
    secret.clear();
}

void wipeSecret(QString &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret.detach();
    wipeBytes(secret.data(), secret.size() * qsizetype(sizeof(QChar)));
    secret.clear();
}

QByteArray secretFromEnvOrStdin()
{
    static std::optional<QByteArray> cached;
    if (const QByteArray pin = takeEnvironmentSecret("MOTCUA_PIN"); !pin.isEmpty())
        return pin;
    if (!cached) {
        QFile in;
        cached = in.open(stdin, QIODevice::ReadOnly) ? in.readLine(4096).trimmed() : QByteArray();
    }
    return *cached;
}

} // namespace motcua
