// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspins.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QNetworkReply>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <openssl/x509.h>
#include <optional>

namespace motcua::net {

namespace {

QMutex s_mutex;
std::optional<PinMap> s_pins;

const char *const kRefusedProperty = "motcua_pin_refused";

PinMap readGroup(QSettings &settings)
{
    PinMap out;
    settings.beginGroup(QStringLiteral("tls_pins"));
    for (const QString &host : settings.childKeys()) {
        QStringList hashes;
        for (const QString &entry : settings.value(host).toStringList()) {
            //! A pin that is not a SHA-256 hash stays: it matches nothing, so the
            //! host is refused rather than left unpinned by a typing mistake.
            const QString pin = normalizePin(entry);
            hashes << (pin.isEmpty() ? QStringLiteral("invalid:") + entry.trimmed() : pin);
        }
        if (!hashes.isEmpty())
            out.insert(host.trimmed().toLower(), hashes);
    }
    settings.endGroup();
    return out;
}

PinMap systemPins()
{
    QSettings settings(QSettings::SystemScope, QStringLiteral("MotCua"), QStringLiteral("motcua-desk"));
    return readGroup(settings);
}

Error mismatch(const QString &host)
{
    return Error::make(Error::Kind::Network, QStringLiteral("transport.pin_mismatch"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "The server %1 did not show the certificate key the province "
                                         "pinned, so nothing was sent to it. Something may be intercepting "
                                         "the connection: tell your IT department."),
                       {host});
}

} // namespace

QByteArray spkiSha256(const QSslCertificate &cert)
{
    if (cert.isNull())
        return {};
    const QByteArray der = cert.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, der.size());
    if (!x)
        return {};
    unsigned char *spki = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &spki);
    QByteArray out;
    if (len > 0)
        out = QCryptographicHash::hash(QByteArrayView(spki, len), QCryptographicHash::Sha256).toBase64();
    OPENSSL_free(spki);
    X509_free(x);
    return out;
}

QString normalizePin(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        t = t.mid(7);
    const auto decoded
        = QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return QString::fromLatin1(decoded.decoded.toBase64());
}

PinMap pins()
{
    QMutexLocker lock(&s_mutex);
    if (!s_pins)
        s_pins = systemPins();
    return *s_pins;
}

QStringList pinsForHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return pins().value(h);
}

void setPins(const PinMap &map)
{
    QMutexLocker lock(&s_mutex);
    s_pins = map;
}

void reload()
{
    const PinMap map = systemPins();
    QMutexLocker lock(&s_mutex);
    s_pins = map;
}

PinMap readPins(const QString &iniFile)
{
    QSettings settings(iniFile, QSettings::IniFormat);
    return readGroup(settings);
}

Status checkChain(const QString &host, const QList<QSslCertificate> &chain)
{
    const QStringList wanted = pinsForHost(host);
    if (wanted.isEmpty())
        return {};
    for (const QSslCertificate &cert : chain) {
        if (wanted.contains(QString::fromLatin1(spkiSha256(cert))))
            return {};
    }
    return mismatch(host);
}

void guardReply(QNetworkReply *reply)
{
    const QString host = reply->url().host();
    if (pinsForHost(host).isEmpty())
        return;
    //! Emitted in the reply's thread while the HTTP thread waits (Qt's documented
    //! place for extra certificate checks): aborting here sends nothing.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, host] {
        if (!checkChain(host, reply->sslConfiguration().peerCertificateChain())) {
            reply->setProperty(kRefusedProperty, true);
            reply->abort();
        }
    });
}

Status replyStatus(QNetworkReply *reply)
{
    const QString host = reply->url().host();
    if (reply->property(kRefusedProperty).toBool())
        return mismatch(host);
    if (pinsForHost(host).isEmpty() || reply->url().scheme() != QLatin1String("https"))
        return {};
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    //! No chain: never connected (the caller reports the transport error), or a
    //! stream on a connection whose chain was checked at its own handshake.
    if (chain.isEmpty())
        return {};
    return checkChain(host, chain);
}

} // namespace motcua::net
