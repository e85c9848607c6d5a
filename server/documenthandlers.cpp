// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenthandlers.h"

#include "auditlog.h"
#include "documentaccess.h"
#include "dossierstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace motcua::server {

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

QString documentPath(const ServerContext &ctx, const QString &sha256)
{
    return ctx.config.dataDir + QStringLiteral("/documents/") + sha256.left(2) + QLatin1Char('/') + sha256;
}

Result<bool> storeDocument(ServerContext &ctx, const QString &sha256, const QByteArray &pdf,
                           const QString &uploaderAgency)
{
    if (!uploaderAgency.isEmpty()) {
        auto u
            = ctx.db->exec(QStringLiteral("INSERT INTO document_uploads (sha256, agency_code) VALUES (?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {sha256, uploaderAgency});
        if (!u)
            return u.error();
    }
    const QString path = documentPath(ctx, sha256);
    if (QFileInfo::exists(path))
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size() || !f.commit())
        return Database::storageError(QStringLiteral("document write"), f.errorString());
    auto q = ctx.db->exec(QStringLiteral("INSERT INTO documents (sha256, size, created_at) VALUES (?, ?, ?) "
                                         "ON CONFLICT (sha256) DO NOTHING"),
                          {sha256, qint64(pdf.size()), QDateTime::currentSecsSinceEpoch()});
    if (!q)
        return q.error();
    return true;
}

std::optional<QPair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
    if (header.isEmpty())
        return QPair<qint64, qint64> {-1, -1};
    const auto m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return QPair<qint64, qint64> {-1, -1}; // multi-range or other units: RFC 9110 lets us ignore it
    const QString a = m.captured(1), b = m.captured(2);
    if (a.isEmpty() && b.isEmpty())
        return std::nullopt;
    bool okA = true, okB = true;
    qint64 first, last;
    if (a.isEmpty()) { // suffix range: last N bytes
        const qint64 n = b.toLongLong(&okB);
        if (!okB || n == 0 || size == 0)
            return std::nullopt;
        first = qMax<qint64>(0, size - n);
        last = size - 1;
    } else {
        first = a.toLongLong(&okA);
        last = b.isEmpty() ? size - 1 : b.toLongLong(&okB);
        if (!okA || !okB || first >= size || last < first)
            return std::nullopt;
        last = qMin(last, size - 1);
    }
    return QPair<qint64, qint64> {first, last};
}

namespace {
using DocumentHandler = std::function<HttpResponse(const HttpRequest &, const RouteMatch &, const QString &)>;

//! A route on documents/{sha256}: the path's hash is checked here, once for every method.
void addDocumentRoute(Router &router, const QByteArray &method, DocumentHandler handler)
{
    router.add(method, QStringLiteral("documents/{}"), Router::Auth::Required,
               [handler = std::move(handler)](const HttpRequest &req, const RouteMatch &m) {
                   const QString sha = m.params[0];
                   if (!isSha256Hex(sha))
                       return HttpResponse::problem(
                           400, QStringLiteral("document.invalid_hash"),
                           QStringLiteral("the path must be a lowercase hex SHA-256"));
                   return handler(req, m, sha);
               });
}
} // namespace

void registerDocumentHandlers(Router &router, ServerContext &ctx)
{
    addDocumentRoute(router, "PUT", [&ctx](const HttpRequest &req, const RouteMatch &m, const QString &sha) {
        if (req.body.size() > ctx.config.maxUpload)
            return HttpResponse::problem(
                413, QStringLiteral("document.too_large"),
                QStringLiteral("the document exceeds %1 bytes").arg(ctx.config.maxUpload));
        if (!req.body.startsWith("%PDF-"))
            return HttpResponse::problem(415, QStringLiteral("document.not_pdf"),
                                         QStringLiteral("only PDF documents are accepted"));
        const QString actual
            = QString::fromLatin1(QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex());
        if (actual != sha)
            return HttpResponse::problem(422, QStringLiteral("document.hash_mismatch"),
                                         QStringLiteral("the body's SHA-256 is %1").arg(actual));
        auto r = storeDocument(ctx, sha, req.body, m.caller->agencyCode);
        if (!r)
            return errorResponse(r.error());
        HttpResponse resp = HttpResponse::json(
            {{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), qint64(req.body.size())}},
            *r ? 201 : 200);
        resp.header("ETag", '"' + sha.toLatin1() + '"');
        return resp;
    });
    addDocumentRoute(router, "GET", [&ctx](const HttpRequest &req, const RouteMatch &m, const QString &sha) {
        QFile f(documentPath(ctx, sha));
        if (!f.open(QIODevice::ReadOnly))
            return HttpResponse::problem(404, QStringLiteral("document.not_found"),
                                         QStringLiteral("no such document"));
        if (auto refused = refusedUnless(
                ctx.access->mayDownload(sha, m.caller->agencyCode), QStringLiteral("document.forbidden"),
                QStringLiteral("no dossier of your agency references this document")))
            return *refused;
        const qint64 size = f.size();
        const QByteArray etag = '"' + sha.toLatin1() + '"';
        if (req.header("if-none-match") == etag) {
            HttpResponse r;
            r.status = 304;
            r.header("ETag", etag);
            return r;
        }
        QByteArray rangeHeader = req.header("range");
        const QByteArray ifRange = req.header("if-range");
        if (!ifRange.isEmpty() && ifRange != etag)
            rangeHeader.clear(); // the client's partial copy is of another entity
        const auto range = parseRange(rangeHeader, size);
        if (!range) {
            HttpResponse r = HttpResponse::problem(416, QStringLiteral("document.range_not_satisfiable"),
                                                   QStringLiteral("the range is outside the document"));
            r.header("Content-Range", "bytes */" + QByteArray::number(size));
            return r;
        }
        if (req.method != "HEAD") {
            //! Every download is on the record: who fetched which document, which bytes.
            const QJsonObject detail {{QStringLiteral("sha256"), sha},
                                      {QStringLiteral("agency"), m.caller->agencyCode},
                                      {QStringLiteral("range"), QString::fromLatin1(rangeHeader)}};
            if (auto a = ctx.audit->appendStandalone(m.caller->username, {},
                                                     QStringLiteral("document_download"), {}, {}, detail);
                !a)
                return errorResponse(a.error());
        }
        HttpResponse r;
        r.header("Content-Type", "application/pdf");
        r.header("ETag", etag);
        r.header("Accept-Ranges", "bytes");
        r.header("Cache-Control", "private, max-age=31536000, immutable");
        if (range->first < 0) {
            r.body = req.method == "HEAD" ? QByteArray() : f.readAll();
            if (req.method == "HEAD")
                r.header("Content-Length", QByteArray::number(size));
            return r;
        }
        r.status = 206;
        f.seek(range->first);
        r.body = f.read(range->second - range->first + 1);
        r.header("Content-Range",
                 "bytes " + QByteArray::number(range->first) + '-' + QByteArray::number(range->second) + '/'
                     + QByteArray::number(size));
        return r;
    });
}

} // namespace motcua::server
