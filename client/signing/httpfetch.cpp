// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfetch.h"

#include "net/tlspins.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace motcua::signing {

Result<QByteArray> httpFetch(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                             int timeoutMs, qint64 maxBytes)
{
    auto unreachable = [&url](const QString &detail) {
        return Error::make(Error::Kind::Network, QStringLiteral("signing.revocation_unreachable"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The revocation service %1 cannot be reached."),
                           {url.toDisplayString()})
            .withDetail(detail);
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return unreachable(QStringLiteral("unsupported URL"));
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = nam.get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = nam.post(req, body);
    }
    //! OCSP answers and CRLs are signed and checked by the validator, and CAs
    //! publish them over plain http (RFC 5280, RFC 6960): the transport rule does
    //! not apply to them, the province's pins do when one is fetched over https.
    net::guardReply(reply);
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray data
        = tooLarge || reply->error() != QNetworkReply::NoError ? QByteArray() : reply->read(maxBytes + 1);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString netError = reply->error() != QNetworkReply::NoError ? reply->errorString() : QString();
    const Status pinned = net::replyStatus(reply);
    delete reply;
    if (!pinned)
        return pinned.error();
    if (tooLarge || data.size() > maxBytes)
        return unreachable(QStringLiteral("reply larger than %1 bytes").arg(maxBytes));
    if (!netError.isEmpty())
        return unreachable(netError);
    if (status != 200)
        return unreachable(QStringLiteral("HTTP %1").arg(status));
    return data;
}

} // namespace motcua::signing
