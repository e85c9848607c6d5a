// SPDX-License-Identifier: GPL-3.0-or-later
#include "signersettings.h"

#include "signaturevalidation.h"
#include "signing/certificateinfo.h"
#include "signing/pkcs11signer.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

using motcua::signing::CertificateInfo;
using motcua::signing::Pkcs11Module;
using motcua::signing::SignerSpec;

namespace {
QString value(const char *key)
{
    QSettings s;
    s.beginGroup(QStringLiteral("signing"));
    return s.value(QLatin1String(key)).toString();
}

QString validityText(const CertificateInfo &c)
{
    return SignerSettings::tr("valid %1 – %2")
        .arg(c.notBefore.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy")),
             c.notAfter.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy")));
}

//! Where a vendor's module usually is on this system (Linux library folders or the PATH).
QString findModule(const QStringList &fileNames)
{
    const QStringList dirs {QStringLiteral("/usr/lib"), QStringLiteral("/usr/lib/x86_64-linux-gnu"),
                            QStringLiteral("/usr/lib/softhsm"), QStringLiteral("/usr/local/lib"),
                            QStringLiteral("C:/Windows/System32")};
    for (const QString &name : fileNames) {
        if (QFileInfo(name).isAbsolute() && QFileInfo::exists(name))
            return name;
        for (const QString &d : dirs) {
            const QString p = QDir(d).filePath(name);
            if (QFileInfo::exists(p))
                return p;
        }
    }
    return {};
}
} // namespace

//! Every instance (the Settings page, the sign dialog, tests) shows the same
//! QSettings group: a change made through one is announced by all (UI thread only).
static QList<SignerSettings *> s_instances;

SignerSettings::SignerSettings(QObject *parent)
    : QObject(parent)
{
    s_instances.append(this);
}

SignerSettings::~SignerSettings()
{
    s_instances.removeOne(this);
}

void SignerSettings::announce()
{
    for (SignerSettings *s : std::as_const(s_instances))
        Q_EMIT s->changed();
}

SignerSpec SignerSettings::spec()
{
    SignerSpec s;
    s.kind = value("kind") == QLatin1String("pkcs12") ? SignerSpec::Kind::Pkcs12 : SignerSpec::Kind::Pkcs11;
    s.module = value("module");
    s.token = value("token");
    s.key = value("key");
    s.p12 = value("p12");
    return s;
}

QString SignerSettings::trustDirectory()
{
    const QString set = value("trust_dir");
    if (!set.isEmpty())
        return set;
    Workspace *ws = Workspace::instance();
    const QString base = ws && ws->isOpen()
        ? ws->profileDir()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("trust"));
}

std::optional<motcua::signing::LongTermOptions> SignerSettings::resultLongTerm(const QString &profileDir)
{
    QString trust = value("trust_dir");
    if (trust.isEmpty())
        trust = QDir(profileDir).filePath(QStringLiteral("trust"));
    if (QDir(trust).isEmpty())
        return std::nullopt;
    motcua::signing::LongTermOptions lt;
    lt.archive = true;
    lt.trust = {trust};
    lt.revocation.cacheDir = QDir(profileDir).filePath(QStringLiteral("revocation"));
    return lt;
}

QString SignerSettings::revocationCacheDirectory()
{
    Workspace *ws = Workspace::instance();
    const QString base = ws && ws->isOpen()
        ? ws->profileDir()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("revocation"));
}

QString SignerSettings::signatureImagePath()
{
    return value("signature_image");
}

QString SignerSettings::sealImagePath()
{
    return value("seal_image");
}

QString SignerSettings::kind() const
{
    return spec().kind == SignerSpec::Kind::Pkcs12 ? QStringLiteral("pkcs12") : QStringLiteral("pkcs11");
}

void SignerSettings::write(const char *key, const QString &v)
{
    QSettings s;
    s.beginGroup(QStringLiteral("signing"));
    if (s.value(QLatin1String(key)).toString() == v)
        return;
    s.setValue(QLatin1String(key), v);
    s.sync();
    announce();
}

void SignerSettings::setKind(const QString &kind)
{
    write("kind", kind == QLatin1String("pkcs12") ? QStringLiteral("pkcs12") : QStringLiteral("pkcs11"));
}

QString SignerSettings::module() const
{
    return spec().module;
}

void SignerSettings::setModule(const QString &path)
{
    write("module", localPath(path));
}

QString SignerSettings::token() const
{
    return spec().token;
}

void SignerSettings::setToken(const QString &label)
{
    write("token", label);
}

QString SignerSettings::key() const
{
    return spec().key;
}

void SignerSettings::setKey(const QString &label)
{
    write("key", label);
}

QString SignerSettings::p12() const
{
    return spec().p12;
}

void SignerSettings::setP12(const QString &path)
{
    write("p12", localPath(path));
}

void SignerSettings::setSignatureImage(const QString &path)
{
    write("signature_image", localPath(path));
}

void SignerSettings::setSealImage(const QString &path)
{
    write("seal_image", localPath(path));
}

QString SignerSettings::summary() const
{
    const SignerSpec s = spec();
    if (!s.isComplete())
        return tr("No signing key chosen yet.");
    if (s.kind == SignerSpec::Kind::Pkcs12)
        return tr("Certificate file %1").arg(QFileInfo(s.p12).fileName());
    QString vendor = QFileInfo(s.module).fileName();
    for (const Pkcs11Module::KnownModule &m : Pkcs11Module::knownModules()) {
        for (const QString &name : m.fileNames) {
            if (QFileInfo(name).fileName() == QFileInfo(s.module).fileName())
                vendor = m.vendor;
        }
    }
    QStringList parts {tr("Token of %1").arg(vendor)};
    if (!s.token.isEmpty())
        parts << s.token;
    if (!s.key.isEmpty())
        parts << tr("key %1").arg(s.key);
    return parts.join(QStringLiteral(" · "));
}

QVariantList SignerSettings::knownModules() const
{
    QVariantList out;
    for (const Pkcs11Module::KnownModule &m : Pkcs11Module::knownModules()) {
        out.append(QVariantMap {{QStringLiteral("vendor"), m.vendor},
                                {QStringLiteral("fileNames"), m.fileNames.join(QStringLiteral(", "))},
                                {QStringLiteral("path"), findModule(m.fileNames)}});
    }
    return out;
}

void SignerSettings::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

SignerSettings::Listing SignerSettings::list(const SignerSpec &s)
{
    Listing out;
    if (s.kind != SignerSpec::Kind::Pkcs11 || s.module.isEmpty())
        return out;
    auto module = Pkcs11Module::load(s.module);
    if (!module) {
        out.error = module.error().userMessage();
        return out;
    }
    auto tokens = module.value()->tokens();
    if (!tokens) {
        out.error = tokens.error().userMessage();
        return out;
    }
    std::optional<Pkcs11Module::Token> chosen;
    for (const Pkcs11Module::Token &t : tokens.value()) {
        QStringList flags {t.manufacturer, t.model, t.serial};
        if (t.pinLocked)
            flags << tr("PIN locked");
        else if (t.pinFinalTry)
            flags << tr("last PIN try");
        else if (t.pinCountLow)
            flags << tr("wrong PIN entered before");
        flags.removeAll(QString());
        out.tokens.append(QVariantMap {{QStringLiteral("label"), t.label},
                                       {QStringLiteral("description"), flags.join(QStringLiteral(" · "))}});
        if (!chosen && (s.token.isEmpty() || s.token == t.label))
            chosen = t;
    }
    if (tokens->isEmpty())
        out.error = tr("No token is plugged in.");
    if (!chosen)
        return out;
    auto certs = module.value()->certificates(chosen->slot);
    if (!certs) {
        out.error = certs.error().userMessage();
        return out;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Pkcs11Module::CertificateObject &c : certs.value()) {
        const CertificateInfo info = CertificateInfo::fromData(c.der);
        if (!info.isValid() || info.isCa)
            continue;
        out.certificates.append(QVariantMap {{QStringLiteral("label"), c.label},
                                             {QStringLiteral("subject"), info.subjectCommonName},
                                             {QStringLiteral("issuer"), info.issuerCommonName},
                                             {QStringLiteral("validity"), validityText(info)},
                                             {QStringLiteral("expired"), info.isExpired(now)}});
    }
    return out;
}

void SignerSettings::refresh()
{
    //! Vendor modules can be slow to load and to enumerate: never on the UI thread.
    const int generation = ++m_generation;
    m_loading = true;
    Q_EMIT tokensChanged();
    QPointer<SignerSettings> self(this);
    QThreadPool::globalInstance()->start([self, generation, spec = spec()] {
        const Listing listing = list(spec);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, listing] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_loading = false;
                self->m_tokens = listing.tokens;
                self->m_certificates = listing.certificates;
                self->setError(listing.error);
                Q_EMIT self->tokensChanged();
            },
            Qt::QueuedConnection);
    });
}

QString SignerSettings::localPath(const QString &fileOrUrl)
{
    if (fileOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(fileOrUrl).toLocalFile();
    return fileOrUrl;
}
