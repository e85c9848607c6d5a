// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturevalidation.h"

#include "appcontroller.h"
#include "signersettings.h"
#include "signing/pdfsignaturevalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>

using motcua::signing::PdfSignatureValidator;
using motcua::signing::SignatureReport;
using motcua::signing::Verdict;

namespace {
SignatureValidationCache *s_cache = nullptr;

//! "CN=Nguyễn Văn A,O=…" or "/C=VN/O=M\xE1\xBB\x99t…/CN=…" (OpenSSL escapes UTF-8
//! bytes in some forms) → the common name, readable, plus the organisation.
QString displayName(const QString &subject)
{
    QByteArray bytes;
    const QByteArray in = subject.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 3 < in.size() && in[i + 1] == 'x') {
            bool ok = false;
            const int b = in.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                bytes += char(b);
                i += 3;
                continue;
            }
        }
        bytes += in[i];
    }
    const QString s = QString::fromUtf8(bytes);
    auto field = [&s](const QString &key) -> QString {
        const QRegularExpression re(QStringLiteral("(?:^|[,/])\\s*") + key + QStringLiteral("=([^,/]+)"));
        const auto m = re.match(s);
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    };
    const QString cn = field(QStringLiteral("CN")), org = field(QStringLiteral("O"));
    if (cn.isEmpty())
        return s;
    return org.isEmpty() || cn.contains(org) ? cn : cn + QStringLiteral(" — ") + org;
}

QString vnTime(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                       : QString();
}
} // namespace

SignatureValidationCache::SignatureValidationCache(QObject *parent)
    : QObject(parent)
{
    //! Two documents at a time: validation hashes whole files and the viewer renders
    //! beside it, but one slow document (bounded by the time limit) must not hold
    //! back every other badge.
    m_pool.setMaxThreadCount(2);
}

SignatureValidationCache *SignatureValidationCache::instance()
{
    if (!s_cache)
        s_cache = new SignatureValidationCache(QCoreApplication::instance());
    return s_cache;
}

const SignatureValidationCache::Entry *SignatureValidationCache::find(const QString &sha256) const
{
    auto it = m_entries.constFind(sha256);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

void SignatureValidationCache::request(const QString &sha256, const QString &filePath)
{
    if (sha256.isEmpty() || filePath.isEmpty() || m_entries.contains(sha256))
        return;
    m_entries.insert(sha256, Entry {});
    const QString trustDir = SignerSettings::trustDirectory();
    const QString revocationDir = SignerSettings::revocationCacheDirectory();
    const int generation = m_generation;
    const qint64 timeLimit = m_timeLimitMs;
    QPointer<SignatureValidationCache> self(this);
    m_pool.start([self, sha256, filePath, trustDir, revocationDir, generation, timeLimit] {
        Entry e;
        e.done = true;
        PdfSignatureValidator validator;
        validator.setTimeLimit(timeLimit);
        //! OCSP/CRL on this worker thread, never the GUI's; answers kept for offline review.
        motcua::signing::RevocationOptions revocation;
        revocation.cacheDir = revocationDir;
        validator.setRevocationOptions(revocation);
        if (QFileInfo(trustDir).isDir())
            (void)validator.addTrusted(trustDir); // an empty or unreadable store: everything untrusted
        QFile f(filePath);
        if (!f.open(QIODevice::ReadOnly)) {
            e.failed = true;
            e.error = f.errorString();
        } else {
            auto report = validator.validate(f.readAll());
            if (report) {
                e.report = report.value();
            } else {
                e.failed = true;
                e.error = report.error().userMessage();
                e.errorCode = report.error().code;
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, sha256, generation, e] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_entries.insert(sha256, e);
                Q_EMIT self->updated(sha256);
            },
            Qt::QueuedConnection);
    });
}

void SignatureValidationCache::clear()
{
    ++m_generation;
    const QList<QString> keys = m_entries.keys();
    m_entries.clear();
    for (const QString &k : keys)
        Q_EMIT updated(k);
}

void SignatureValidationCache::waitForDone()
{
    m_pool.waitForDone();
    QCoreApplication::processEvents();
}

// --- SignatureBadge

SignatureBadge::SignatureBadge(QObject *parent)
    : QObject(parent)
{
    connect(SignatureValidationCache::instance(), &SignatureValidationCache::updated, this,
            [this](const QString &sha) {
                if (sha == m_sha) {
                    start(); // again after a clear()
                    Q_EMIT statusChanged();
                }
            });
    //! The text is made here, not by qsTr(): a language switch must redo it ("– Not signed").
    connect(AppController::instance(), &AppController::languageChanged, this, &SignatureBadge::statusChanged);
}

void SignatureBadge::setSha256(const QString &sha)
{
    if (m_sha == sha)
        return;
    m_sha = sha;
    Q_EMIT sourceChanged();
    start();
    Q_EMIT statusChanged();
}

void SignatureBadge::setFilePath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    Q_EMIT sourceChanged();
    start();
    Q_EMIT statusChanged();
}

void SignatureBadge::start()
{
    SignatureValidationCache::instance()->request(m_sha, m_path);
}

QString SignatureBadge::statusOf(const SignatureValidationCache::Entry *e)
{
    if (!e)
        return {};
    if (!e->done)
        return QStringLiteral("pending");
    if (e->failed) {
        if (e->errorCode == QLatin1String("pdf.too_complex"))
            return QStringLiteral("too_complex");
        if (e->errorCode.startsWith(QLatin1String("pdf.")) && e->errorCode != QLatin1String("pdf.encrypted"))
            return QStringLiteral("malformed");
        return QStringLiteral("error");
    }
    if (e->report.signatures.isEmpty())
        return QStringLiteral("unsigned");
    return motcua::signing::verdictId(e->report.verdict);
}

QString SignatureBadge::status() const
{
    if (m_sha.isEmpty() || m_path.isEmpty())
        return {};
    return statusOf(SignatureValidationCache::instance()->find(m_sha));
}

QString SignatureBadge::text() const
{
    if (m_sha.isEmpty() || m_path.isEmpty())
        return {};
    return textOf(SignatureValidationCache::instance()->find(m_sha));
}

QString SignatureBadge::textOf(const SignatureValidationCache::Entry *entry)
{
    const QString status = statusOf(entry);
    const QString notice = entry && entry->done && !entry->failed
        ? motcua::signing::VerdictText::notice(entry->report.laterChanges())
        : QString();
    if (notice.isEmpty() || (status != QLatin1String("valid") && status != QLatin1String("untrusted")))
        return statusText(status);
    //: A signature verdict and what was added after signing, e.g. "Valid signature, 2
    //: annotations added after signing on page 3". The notice is said on the badge
    //: itself because an annotation can cover the signed content.
    return tr("%1, %2").arg(statusText(status), notice);
}

QString SignatureBadge::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Checking signature…");
    if (status == QLatin1String("valid"))
        return tr("Valid signature");
    if (status == QLatin1String("invalid"))
        return tr("Invalid signature");
    if (status == QLatin1String("modified"))
        return tr("Modified after signing");
    if (status == QLatin1String("untrusted"))
        return tr("Signer not trusted");
    if (status == QLatin1String("revocation_unknown"))
        //: Badge: not valid, the certificate's revocation status could not be obtained.
        return tr("Could not check revocation");
    if (status == QLatin1String("unsigned"))
        return tr("Not signed");
    if (status == QLatin1String("error"))
        return tr("Signature cannot be checked");
    if (status == QLatin1String("too_complex"))
        //: The document is over a size, nesting or time limit: its signature was not checked.
        return tr("Too complex to check");
    if (status == QLatin1String("malformed"))
        return tr("Damaged PDF: signature cannot be checked");
    return {};
}

QString SignatureBadge::icon() const
{
    const QString s = status();
    if (s == QLatin1String("valid"))
        return QStringLiteral("\u2713");
    if (s == QLatin1String("invalid") || s == QLatin1String("error"))
        return QStringLiteral("\u2717");
    if (s == QLatin1String("modified") || s == QLatin1String("too_complex")
        || s == QLatin1String("malformed"))
        return QStringLiteral("\u26A0");
    if (s == QLatin1String("untrusted") || s == QLatin1String("revocation_unknown"))
        return QStringLiteral("?");
    if (s == QLatin1String("pending"))
        return QStringLiteral("\u2026");
    return s.isEmpty() ? QString() : QStringLiteral("\u2013");
}

// --- SignatureReportModel

QString SignatureReportModel::revocationText(const SignatureReport &r)
{
    const QString source = r.revocationSource == QLatin1String("ocsp") ? tr("OCSP")
        : r.revocationSource == QLatin1String("crl")                   ? tr("revocation list")
        : r.revocationSource == QLatin1String("cache")                 ? tr("answer saved on this computer")
        : r.revocationSource == QLatin1String("dss")                   ? tr("evidence kept in the document")
                                                                       : r.revocationSource;
    if (r.revocationStatus == QLatin1String("good"))
        return tr("Not revoked (%1)").arg(source);
    if (r.revocationStatus == QLatin1String("revoked"))
        return tr("Revoked on %1").arg(vnTime(r.revocationTime));
    if (r.revocationStatus == QLatin1String("unknown"))
        return tr("Could not check: the certificate authority cannot be reached and nothing is saved");
    if (r.revocationStatus == QLatin1String("not_offered"))
        return tr("The certificate authority publishes no revocation information");
    if (r.revocationStatus == QLatin1String("not_checked"))
        return r.level.isEmpty() ? QString() : tr("Not checked (the certificate is not trusted)");
    return {};
}

SignatureReportModel::SignatureReportModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(SignatureValidationCache::instance(), &SignatureValidationCache::updated, this,
            [this](const QString &sha) {
                if (sha == m_sha)
                    refresh();
            });
}

void SignatureReportModel::setSha256(const QString &sha)
{
    if (m_sha == sha)
        return;
    m_sha = sha;
    Q_EMIT sourceChanged();
    refresh();
}

void SignatureReportModel::setFilePath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    Q_EMIT sourceChanged();
    refresh();
}

void SignatureReportModel::refresh()
{
    SignatureValidationCache *cache = SignatureValidationCache::instance();
    if (!m_sha.isEmpty() && !m_path.isEmpty())
        cache->request(m_sha, m_path);
    const SignatureValidationCache::Entry *e
        = m_sha.isEmpty() || m_path.isEmpty() ? nullptr : cache->find(m_sha);
    beginResetModel();
    m_rows = e && e->done ? e->report.signatures : QList<SignatureReport>();
    endResetModel();
    Q_EMIT reportChanged();
}

QString SignatureReportModel::status() const
{
    if (m_sha.isEmpty() || m_path.isEmpty())
        return {};
    return SignatureBadge::statusOf(SignatureValidationCache::instance()->find(m_sha));
}

QString SignatureReportModel::error() const
{
    const SignatureValidationCache::Entry *e = SignatureValidationCache::instance()->find(m_sha);
    return e && e->failed ? e->error : QString();
}

int SignatureReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SignatureReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignatureReport &r = m_rows.at(index.row());
    auto check = [](const QString &label, bool ok) {
        return QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("ok"), ok}};
    };
    switch (role) {
    case FieldNameRole:
        return r.fieldName;
    case SignerRole:
        return displayName(r.signerSubject);
    case IssuerRole:
        return displayName(r.issuerSubject);
    case SigningTimeRole:
        return vnTime(r.claimedTime);
    case TimestampRole:
        if (!r.hasTimestamp)
            return tr("none (the signing time is only claimed by the signer)");
        return r.timestampValid ? vnTime(r.timestampTime) : tr("present but not valid");
    case ValidationTimeRole:
        return vnTime(r.validationTime);
    case VerdictRole:
        return motcua::signing::verdictId(r.verdict);
    case VerdictTextRole: {
        const QString notice = motcua::signing::VerdictText::notice(r.permittedChanges);
        if (notice.isEmpty())
            return motcua::signing::VerdictText::text(r.verdict);
        return tr("%1 After signing: %2.").arg(motcua::signing::VerdictText::text(r.verdict), notice);
    }
    case ChecksRole:
        return QVariantList {
            check(tr("Signed range covers the document except the signature"), r.byteRangeValid),
            check(tr("Document digest matches"), r.digestMatches),
            check(tr("Cryptographic signature is correct"), r.signatureValid),
            check(tr("Certificate chains to a trusted root"), r.chainTrusted),
            check(tr("Certificate valid at signing time"), r.certificateValidAtSigningTime),
            check(tr("Key usage allows signing"), r.keyUsageOk),
            check(tr("No content changed after signing"), !r.modifiedAfterSigning),
            //! Permitted additions (annotations, a later signature) leave part of the file
            //! unsigned without a fault: said as such, not as a failed check.
            r.coversWholeFile || r.modifiedAfterSigning
                ? check(tr("Signature covers the whole file"), r.coversWholeFile)
                : check(tr("Only permitted additions after signing"), true),
            check(tr("Certificate not revoked"),
                  r.revocationStatus == QLatin1String("good")
                      || r.revocationStatus == QLatin1String("not_offered")
                      || r.level.isEmpty()), // a document time stamp
        };
    case LaterChangesRole:
        return motcua::signing::VerdictText::changeLines(r.permittedChanges);
    case LaterChangesDetailRole:
        return r.laterChanges.join(QStringLiteral("; "));
    case ProblemsRole: {
        //! What each problem means for the official (translated), the technical text
        //! kept as a secondary line; one entry per meaning.
        QVariantList out;
        QStringList seen;
        for (const QString &technical : r.problems) {
            if (technical.trimmed().isEmpty())
                continue;
            const QString text = motcua::signing::VerdictText::problem(technical);
            const auto at = seen.indexOf(text);
            if (at >= 0) {
                QVariantMap m = out[at].toMap();
                m[QStringLiteral("detail")]
                    = m.value(QStringLiteral("detail")).toString() + QStringLiteral("; ") + technical;
                out[at] = m;
                continue;
            }
            seen << text;
            out << QVariantMap {{QStringLiteral("text"), text}, {QStringLiteral("detail"), technical}};
        }
        return out;
    }
    case SubFilterRole:
        return r.subFilter;
    case LevelRole:
        return r.level.isEmpty() ? tr("Document time stamp") : r.level;
    case RevocationRole:
        return revocationText(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> SignatureReportModel::roleNames() const
{
    return {{FieldNameRole, "fieldName"},
            {SignerRole, "signer"},
            {IssuerRole, "issuer"},
            {SigningTimeRole, "signingTime"},
            {TimestampRole, "timestamp"},
            {ValidationTimeRole, "validationTime"},
            {VerdictRole, "verdict"},
            {VerdictTextRole, "verdictText"},
            {ChecksRole, "checks"},
            {LaterChangesRole, "laterChanges"},
            {ProblemsRole, "problems"},
            {SubFilterRole, "subFilter"},
            {LevelRole, "level"},
            {RevocationRole, "revocation"},
            {LaterChangesDetailRole, "laterChangesDetail"}};
}
