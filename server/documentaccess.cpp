// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentaccess.h"

#include "database.h"
#include "dossierstore.h"
#include "http.h"
#include "signing/pdfsignaturevalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua::server {

DocumentAccess::DocumentAccess(Database *db, DossierStore *store, QString documentsDir)
    : m_db(db)
    , m_store(store)
    , m_documentsDir(std::move(documentsDir))
{ }

Result<bool> DocumentAccess::mayDownload(const QString &sha256, const QString &agencyCode)
{
    //! A warehouse document (an issued result) is readable by an agency that
    //! handles a dossier of that citizen: the reuse panel needs it, nobody else.
    return anyRow(
        QStringLiteral(
            "SELECT 1 FROM dossier_documents dd JOIN dossiers d ON d.id = dd.dossier_id "
            "WHERE dd.sha256 = ? AND d.agency_code = ? "
            "UNION ALL SELECT 1 FROM document_uploads WHERE sha256 = ? AND agency_code = ? "
            "UNION ALL SELECT 1 FROM citizen_documents c JOIN dossiers d ON d.applicant_id = c.id_number "
            "WHERE c.sha256 = ? AND d.agency_code = ? LIMIT 1"),
        {sha256, agencyCode, sha256, agencyCode, sha256, agencyCode});
}

Result<bool> DocumentAccess::handlesCitizen(const QString &idNumber, const QString &agencyCode)
{
    return anyRow(QStringLiteral("SELECT 1 FROM dossiers WHERE applicant_id = ? AND agency_code = ? LIMIT 1"),
                  {idNumber, agencyCode});
}

Result<bool> DocumentAccess::inWarehouse(const QString &sha256, const QString &idNumber)
{
    if (idNumber.isEmpty())
        return false;
    return anyRow(
        QStringLiteral("SELECT 1 FROM citizen_documents WHERE id_number = ? AND sha256 = ? LIMIT 1"),
        {idNumber, sha256});
}

Result<bool> DocumentAccess::anyRow(const QString &sql, const QVariantList &binds)
{
    auto q = m_db->exec(sql, binds);
    if (!q)
        return q.error();
    return q->next();
}

bool DocumentAccess::verifiesAsSigned(const QString &sha256) const
{
    QFile f(m_documentsDir + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256);
    if (!f.open(QIODevice::ReadOnly))
        return false; // nothing to check: never "signed" on the client's word
    const QByteArray pdf = f.readAll();
    const signing::PdfSignatureValidator validator;
    auto report = validator.validate(pdf);
    if (!report || report->signatures.isEmpty())
        return false;
    //! Intact is the question here, not trust: the server keeps no trust list (the
    //! province's is the reader's business), so a signature time stamp from a TSA it
    //! does not know must not make a cryptographically sound result "unsigned".
    if (report->verdict == signing::Verdict::Modified || report->verdict == signing::Verdict::TooComplex)
        return false;
    for (const signing::SignatureReport &s : report->signatures) {
        if (!s.byteRangeValid || !s.digestMatches || !s.signatureValid || s.modifiedAfterSigning)
            return false;
    }
    return true;
}

namespace {

Error forbidden(const QString &sha, const QString &path)
{
    return Error::make(Error::Kind::Forbidden, QStringLiteral("document.forbidden"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "Document %1 is not one your agency uploaded, holds in a dossier "
                                         "or may reuse from this citizen's e-data warehouse."),
                       {sha}, path);
}

//! Rewrites "signed" of one component object; returns the new object.
QJsonObject withVerifiedFlag(QJsonObject o, const DocumentAccess &access)
{
    if (o.value(QStringLiteral("signed")).toBool())
        o.insert(QStringLiteral("signed"),
                 access.verifiesAsSigned(o.value(QStringLiteral("sha256")).toString()));
    return o;
}

} // namespace

Status DocumentAccess::checkAction(const Caller &caller, const Dossier &dossier, Action &action)
{
    struct Named
    {
        QString sha;
        QString path;
    };
    QList<Named> named;
    QJsonObject &p = action.payload;
    if (p.value(QStringLiteral("component")).isObject())
        named.append(
            {p.value(QStringLiteral("component")).toObject().value(QStringLiteral("sha256")).toString(),
             QStringLiteral("payload.component.sha256")});
    for (const char *list : {"components", "attachments"}) {
        const QJsonArray items = p.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isObject())
                named.append({items.at(i).toObject().value(QStringLiteral("sha256")).toString(),
                              QStringLiteral("payload.%1[%2].sha256").arg(QLatin1String(list)).arg(i)});
        }
    }
    QStringList reused;
    for (const Named &n : std::as_const(named)) {
        if (n.sha.isEmpty())
            continue; // a malformed component: the workflow's validation names it
        auto own = mayReferenceDirectly(n.sha, caller.agencyCode);
        if (!own)
            return own.error();
        if (*own)
            continue;
        auto w = inWarehouse(n.sha, dossier.applicant.idNumber);
        if (!w)
            return w.error();
        if (!*w)
            return forbidden(n.sha, n.path);
        reused.append(n.sha);
    }
    //! The client's "signed" is a claim: the server's validator decides.
    if (p.value(QStringLiteral("component")).isObject())
        p.insert(QStringLiteral("component"),
                 withVerifiedFlag(p.value(QStringLiteral("component")).toObject(), *this));
    for (const char *list : {"components", "attachments"}) {
        if (!p.value(QLatin1String(list)).isArray())
            continue;
        QJsonArray items = p.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isObject())
                items.replace(i, withVerifiedFlag(items.at(i).toObject(), *this));
        }
        p.insert(QLatin1String(list), items);
    }
    for (const QString &sha : std::as_const(reused)) {
        const QJsonObject detail {{QStringLiteral("sha256"), sha},
                                  {QStringLiteral("id_number"), dossier.applicant.idNumber},
                                  {QStringLiteral("agency"), caller.agencyCode},
                                  {QStringLiteral("kind"), toWire(action.kind)}};
        if (Status s
            = m_store->appendAudit(caller.username, dossier.id, QStringLiteral("document_reuse"),
                                   toWire(dossier.state), toWire(dossier.state),
                                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            !s)
            return s;
    }
    return {};
}

Result<bool> DocumentAccess::mayReferenceDirectly(const QString &sha256, const QString &agencyCode)
{
    return anyRow(
        QStringLiteral("SELECT 1 FROM document_uploads WHERE sha256 = ? AND agency_code = ? "
                       "UNION ALL SELECT 1 FROM dossier_documents dd JOIN dossiers d ON d.id = dd.dossier_id "
                       "WHERE dd.sha256 = ? AND d.agency_code = ? LIMIT 1"),
        {sha256, agencyCode, sha256, agencyCode});
}

} // namespace motcua::server
