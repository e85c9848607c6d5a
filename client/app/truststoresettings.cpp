// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststoresettings.h"

#include "signaturevalidation.h"
#include "signersettings.h"
#include "signing/certificateinfo.h"
#include "signing/trustbundle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using motcua::signing::CertificateInfo;

namespace {
QString validityText(const CertificateInfo &c)
{
    return TrustStoreSettings::tr("valid %1 – %2")
        .arg(c.notBefore.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy")),
             c.notAfter.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy")));
}
} // namespace

//! Every instance shows the same folder: a change made through one is announced by all (UI thread only).
static QList<TrustStoreSettings *> s_instances;

TrustStoreSettings::TrustStoreSettings(QObject *parent)
    : QObject(parent)
{
    s_instances.append(this);
}

TrustStoreSettings::~TrustStoreSettings()
{
    s_instances.removeOne(this);
}

void TrustStoreSettings::announce()
{
    for (TrustStoreSettings *s : std::as_const(s_instances))
        Q_EMIT s->changed();
}

void TrustStoreSettings::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

QString TrustStoreSettings::trustDir() const
{
    return SignerSettings::trustDirectory();
}

void TrustStoreSettings::setTrustDir(const QString &path)
{
    QSettings s;
    s.beginGroup(QStringLiteral("signing"));
    s.setValue(QStringLiteral("trust_dir"), SignerSettings::localPath(path));
    s.sync();
    //! Badges computed against the old store are stale now.
    SignatureValidationCache::instance()->clear();
    announce();
}

QVariantList TrustStoreSettings::trusted() const
{
    QVariantList out;
    const QDir dir(SignerSettings::trustDirectory());
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(f.filePath());
        if (f.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const CertificateInfo info = CertificateInfo::fromData(file.readAll());
        if (!info.isValid())
            continue;
        out.append(QVariantMap {{QStringLiteral("subject"), info.subjectCommonName},
                                {QStringLiteral("issuer"), info.issuerCommonName},
                                {QStringLiteral("validity"), validityText(info)},
                                {QStringLiteral("file"), f.fileName()}});
    }
    return out;
}

bool TrustStoreSettings::addTrustedCertificate(const QString &fileOrUrl)
{
    const QString path = SignerSettings::localPath(fileOrUrl);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024) {
        setError(tr("Cannot read %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray data = f.readAll();
    const CertificateInfo info = CertificateInfo::fromData(data);
    if (!info.isValid()) {
        setError(tr("%1 is not a certificate (PEM or DER).").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QDir dir(SignerSettings::trustDirectory());
    if (!dir.mkpath(QStringLiteral("."))) {
        setError(tr("Cannot create the trust store folder %1.").arg(dir.path()));
        return false;
    }
    //! Named by fingerprint: adding the same certificate twice keeps one file.
    const QString target = dir.filePath(info.sha256.left(16) + QStringLiteral(".pem"));
    QFile out(target);
    QByteArray pem = data;
    if (!data.contains("-----BEGIN CERTIFICATE-----")) {
        const QByteArray b64 = data.toBase64();
        pem = "-----BEGIN CERTIFICATE-----\n";
        for (qsizetype i = 0; i < b64.size(); i += 64)
            pem += b64.mid(i, 64) + '\n';
        pem += "-----END CERTIFICATE-----\n";
    }
    if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.flush()) {
        setError(tr("Cannot write to the trust store folder %1.").arg(dir.path()));
        out.remove();
        return false;
    }
    out.close();
    setError({});
    //! Badges computed against the old store are stale now.
    SignatureValidationCache::instance()->clear();
    announce();
    return true;
}

int TrustStoreSettings::importTrustBundle(const QString &fileOrUrl)
{
    const QString path = SignerSettings::localPath(fileOrUrl);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024) {
        setError(tr("Cannot read %1.").arg(QFileInfo(path).fileName()));
        return -1;
    }
    auto bundle = motcua::signing::TrustBundle::parse(f.readAll());
    if (!bundle) {
        setError(tr("%1 is not a trust bundle: it must hold the national root CA and the licensed CAs under "
                    "it (%2).")
                     .arg(QFileInfo(path).fileName(), bundle.error().detail));
        return -1;
    }
    const QDir dir(SignerSettings::trustDirectory());
    if (!dir.mkpath(QStringLiteral("."))) {
        setError(tr("Cannot create the trust store folder %1.").arg(dir.path()));
        return -1;
    }
    int added = 0;
    for (const QByteArray &der : bundle.value()) {
        //! Named by fingerprint like single certificates: importing twice keeps one file each.
        const QString target = dir.filePath(
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().left(16))
            + QStringLiteral(".pem"));
        const QByteArray pem = motcua::signing::TrustBundle::toPem(der);
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.flush()) {
            setError(tr("Cannot write to the trust store folder %1.").arg(dir.path()));
            out.remove();
            return -1;
        }
        ++added;
    }
    setError({});
    SignatureValidationCache::instance()->clear();
    announce();
    return added;
}
