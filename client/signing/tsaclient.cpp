// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsaclient.h"

#include "core/transport.h"
#include "net/tlspins.h"
#include "opensslutil.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace motcua::signing {

static Error tsaError(const QString &detail)
{
    return Error::make(
               Error::Kind::Network, QStringLiteral("signing.tsa"),
               QT_TRANSLATE_NOOP("motcua::Error", "The time-stamp service did not give a valid time stamp."))
        .withDetail(detail);
}

QUrl TsaClient::centralUrl(QUrl server)
{
    if (server.isEmpty())
        return {};
    server.setPath(server.path() + QStringLiteral("/api/v1/tsa"));
    return server;
}

TsaClient::TsaClient(QUrl url, int timeoutMs)
    : m_url(std::move(url))
    , m_timeoutMs(timeoutMs)
{ }

QByteArray TsaClient::makeRequest(const QByteArray &digest, QByteArray *nonceOut)
{
    TS_REQ *req = TS_REQ_new();
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *algo = X509_ALGOR_new();
    X509_ALGOR_set0(algo, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, algo);
    TS_MSG_IMPRINT_set_msg(imprint, reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
                           int(digest.size()));
    TS_REQ_set_version(req, 1);
    TS_REQ_set_msg_imprint(req, imprint);
    TS_REQ_set_cert_req(req, 1);
    unsigned char rnd[8];
    RAND_bytes(rnd, sizeof rnd);
    rnd[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(rnd, sizeof rnd, nullptr);
    ASN1_INTEGER *nonce = BN_to_ASN1_INTEGER(bn, nullptr);
    TS_REQ_set_nonce(req, nonce);
    if (nonceOut)
        *nonceOut = QByteArray(reinterpret_cast<const char *>(rnd), sizeof rnd);
    QByteArray out = toDer(req, i2d_TS_REQ);
    ASN1_INTEGER_free(nonce);
    BN_free(bn);
    X509_ALGOR_free(algo);
    TS_MSG_IMPRINT_free(imprint);
    TS_REQ_free(req);
    return out;
}

Result<QByteArray> TsaClient::tokenFromReply(const QByteArray &replyDer, const QByteArray &requestDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(replyDer.constData());
    TS_RESP *resp = d2i_TS_RESP(nullptr, &p, long(replyDer.size()));
    if (!resp)
        return tsaError(QStringLiteral("unparsable reply: ") + opensslErrors());
    const auto *rp = reinterpret_cast<const unsigned char *>(requestDer.constData());
    TS_REQ *req = d2i_TS_REQ(nullptr, &rp, long(requestDer.size()));
    TS_VERIFY_CTX *ctx = req ? TS_REQ_to_TS_VERIFY_CTX(req, nullptr) : nullptr;
    QByteArray token;
    QString problem;
    if (!ctx) {
        problem = QStringLiteral("bad request");
    } else {
        // The signer is checked by validators against their trust store; here we check
        // that the reply is granted and answers our request (imprint and nonce).
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
        if (TS_RESP_verify_response(ctx, resp) != 1) {
            problem = QStringLiteral("reply does not match the request: ") + opensslErrors();
        } else {
            token = toDer(TS_RESP_get_token(resp), i2d_PKCS7);
            if (token.isEmpty())
                problem = QStringLiteral("no token");
        }
    }
    TS_VERIFY_CTX_free(ctx);
    TS_REQ_free(req);
    TS_RESP_free(resp);
    if (token.isEmpty())
        return tsaError(problem);
    return token;
}

Result<QByteArray> TsaClient::timestamp(const QByteArray &digest)
{
    //! The same transport rule as every other call (core/transport.h).
    if (Status s = checkTransport(m_url); !s)
        return s.error();
    const QByteArray request = makeRequest(digest, nullptr);
    QNetworkAccessManager nam;
    QNetworkRequest req(m_url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/timestamp-query"));
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nam.post(req, request);
    net::guardReply(reply); //!< and the province's certificate pins
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    //! A time-stamp reply is a few KB: stop reading a reply that is not one.
    constexpr qint64 kMaxReply = 1024 * 1024;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > kMaxReply)
            reply->abort();
    });
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString netError = reply->error() != QNetworkReply::NoError ? reply->errorString() : QString();
    const Status pinned = net::replyStatus(reply);
    reply->deleteLater();
    if (!pinned)
        return pinned.error();
    if (!netError.isEmpty() || status != 200)
        return Error::make(Error::Kind::Network, QStringLiteral("signing.tsa_unreachable"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The time-stamp service %1 cannot be reached."),
                           {m_url.toDisplayString()})
            .withDetail(netError.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : netError);
    return tokenFromReply(body, request);
}

} // namespace motcua::signing
