// SPDX-License-Identifier: GPL-3.0-or-later
#include "signcommand.h"

#include "core/secrets.h"
#include "signing/opensslutil.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs11signer.h"
#include "signing/pkcs12signer.h"
#include "signing/pngimage.h"
#include "signing/signingservice.h"
#include "signing/tsaclient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <openssl/x509.h>
#include <optional>

namespace motcua::signing::tool {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const Error &e)
{
    err() << QCoreApplication::translate("motcua-sign", "error: %1").arg(e.userMessage());
    if (!e.detail.isEmpty())
        err() << " [" << e.code << ": " << e.detail << ']';
    else
        err() << " [" << e.code << ']';
    err() << Qt::endl;
    return 2;
}

int usage(const QString &message)
{
    err() << QCoreApplication::translate("motcua-sign", "error: %1").arg(message) << Qt::endl;
    return 2;
}

QString commonName(const QByteArray &der)
{
    X509 *x = x509FromDer(der);
    if (!x)
        return {};
    QString cn;
    X509_NAME *name = X509_get_subject_name(x);
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx >= 0) {
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx)));
        if (len > 0)
            cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
        OPENSSL_free(utf8);
    }
    X509_free(x);
    return cn;
}

} // namespace

int runSign(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("in"), QStringLiteral("Input PDF or directory."), QStringLiteral("path")},
        {QStringLiteral("out"), QStringLiteral("Output PDF or directory."), QStringLiteral("path")},
        {QStringLiteral("p12"), QStringLiteral("PKCS#12 file."), QStringLiteral("file")},
        {QStringLiteral("pkcs11-module"), QStringLiteral("PKCS#11 library."), QStringLiteral("lib")},
        {QStringLiteral("token"), QStringLiteral("Token label."), QStringLiteral("label")},
        {QStringLiteral("key"), QStringLiteral("Key label."), QStringLiteral("label")},
        {QStringLiteral("tsa"), QStringLiteral("RFC 3161 time-stamp URL."), QStringLiteral("url")},
        {QStringLiteral("visible"), QStringLiteral("PAGE,X,Y,W,H (page from 1, points)."),
         QStringLiteral("rect")},
        {QStringLiteral("reason"), QStringLiteral("Reason."), QStringLiteral("text")},
        {QStringLiteral("location"), QStringLiteral("Location."), QStringLiteral("text")},
        {QStringLiteral("copy-form"), QStringLiteral("Copy form line."), QStringLiteral("text")},
        {QStringLiteral("agency"), QStringLiteral("Agency line."), QStringLiteral("text")},
        {QStringLiteral("text"), QStringLiteral("Appearance line (repeatable)."), QStringLiteral("line")},
        {QStringLiteral("font"), QStringLiteral("TrueType font for the appearance."), QStringLiteral("ttf")},
        {QStringLiteral("signature-image"), QStringLiteral("Signer's signature image (PNG), with --visible."),
         QStringLiteral("png")},
        {QStringLiteral("seal-image"), QStringLiteral("Agency's red seal image (PNG), with --visible."),
         QStringLiteral("png")},
    });
    if (!p.parse(args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("in")) || !p.isSet(QStringLiteral("out")))
        return usage(QStringLiteral("--in and --out are required"));
    if (p.isSet(QStringLiteral("p12")) == p.isSet(QStringLiteral("pkcs11-module")))
        return usage(QStringLiteral("give exactly one of --p12 and --pkcs11-module"));

    SignOptions options;
    options.reason = p.value(QStringLiteral("reason"));
    options.location = p.value(QStringLiteral("location"));
    options.fontPath = p.value(QStringLiteral("font"));
    if (p.isSet(QStringLiteral("visible"))) {
        const QStringList parts = p.value(QStringLiteral("visible")).split(QLatin1Char(','));
        bool ok = parts.size() == 5;
        QList<double> v;
        for (const QString &s : parts) {
            bool k = false;
            v << s.toDouble(&k);
            ok = ok && k;
        }
        if (!ok || v[0] < 1 || v[3] <= 0 || v[4] <= 0)
            return usage(QStringLiteral("--visible needs PAGE,X,Y,W,H"));
        options.page = int(v[0]) - 1;
        options.rect = QRectF(v[1], v[2], v[3], v[4]);
    }
    options.signatureImage = p.value(QStringLiteral("signature-image"));
    options.sealImage = p.value(QStringLiteral("seal-image"));
    if ((!options.signatureImage.isEmpty() || !options.sealImage.isEmpty()) && !options.rect.isValid())
        return usage(QStringLiteral("--signature-image and --seal-image need --visible"));
    for (const QString &image : {options.signatureImage, options.sealImage}) {
        // Checked before the PIN is asked: a bad image must not cost a token login.
        if (!image.isEmpty()) {
            if (auto png = PngImage::load(image); !png)
                return fail(png.error());
        }
    }

    std::unique_ptr<Signer> signer;
    Pkcs11Signer *token = nullptr;
    if (p.isSet(QStringLiteral("p12"))) {
        QByteArray pw = secretFromEnvOrStdin();
        auto s = Pkcs12Signer::open(p.value(QStringLiteral("p12")), pw);
        pw.fill('\0');
        if (!s)
            return fail(s.error());
        signer = std::move(s.value());
    } else {
        auto module = Pkcs11Module::load(p.value(QStringLiteral("pkcs11-module")));
        if (!module)
            return fail(module.error());
        auto s = Pkcs11Signer::open(module.value(), p.value(QStringLiteral("token")),
                                    p.value(QStringLiteral("key")), secretFromEnvOrStdin);
        if (!s)
            return fail(s.error());
        token = s->get();
        signer = std::move(s.value());
    }
    std::unique_ptr<TsaClient> tsa;
    if (p.isSet(QStringLiteral("tsa"))) {
        tsa = std::make_unique<TsaClient>(QUrl(p.value(QStringLiteral("tsa"))));
        options.tsa = tsa.get();
    }

    const QFileInfo in(p.value(QStringLiteral("in")));
    QList<std::pair<QString, QString>> jobs;
    if (in.isDir()) {
        QDir outDir(p.value(QStringLiteral("out")));
        if (!outDir.exists() && !QDir().mkpath(outDir.path()))
            return usage(QStringLiteral("cannot create ") + outDir.path());
        for (const QFileInfo &f :
             QDir(in.filePath())
                 .entryInfoList({QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files, QDir::Name))
            jobs.append({f.filePath(), outDir.filePath(f.fileName())});
    } else {
        jobs.append({in.filePath(), p.value(QStringLiteral("out"))});
    }

    const QString signerName = commonName(signer->certificateChain().value(0));
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (const auto &[src, dst] : jobs) {
        QElapsedTimer t;
        t.start();
        QFile f(src);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << src << ": " << f.errorString() << Qt::endl;
            ++failures;
            continue;
        }
        // Mapped, not read: large scans are hashed and written without an extra copy.
        const qint64 size = f.size();
        uchar *mapped = size > 0 ? f.map(0, size) : nullptr;
        const QByteArray pdf
            = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size) : f.readAll();
        SignOptions o = options;
        o.signingTime = QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600));
        if (!o.rect.isValid() && (p.isSet(QStringLiteral("copy-form")) || p.isSet(QStringLiteral("agency"))))
            o.placeTopRight = true;
        if (o.rect.isValid() || o.placeTopRight) {
            if (p.isSet(QStringLiteral("text")))
                o.appearanceLines = p.values(QStringLiteral("text"));
            else if (p.isSet(QStringLiteral("copy-form")) || p.isSet(QStringLiteral("agency")))
                o.appearanceLines = PdfSigner::copyAppearanceLines(
                    p.value(QStringLiteral("copy-form")), p.value(QStringLiteral("agency")), o.signingTime);
            else
                o.appearanceLines = SigningService::stampLines(signerName, o.signingTime);
        }
        auto signedPdf = PdfSigner::signIncrement(pdf, *signer, o);
        if (!signedPdf) {
            err() << src << ": ";
            fail(signedPdf.error());
            ++failures;
            if (signedPdf.error().code == QLatin1String("signing.token_removed")
                || signedPdf.error().code == QLatin1String("signing.pin_locked"))
                break;
            continue;
        }
        // Written next to the target and renamed: never a half-written PDF under the final name.
        // (QSaveFile would also fsync every file, which dominates batch time on slow disks.)
        const QString part = dst + QStringLiteral(".part");
        QFile pf(part);
        QFile::remove(part);
        if (!pf.open(QIODevice::WriteOnly) || pf.write(pdf) != pdf.size()
            || pf.write(signedPdf.value()) != signedPdf->size() || !pf.flush()) {
            err() << dst << ": " << pf.errorString() << Qt::endl;
            pf.remove();
            ++failures;
            continue;
        }
        pf.close();
        QFile::remove(dst);
        if (!QFile::rename(part, dst)) {
            err() << dst << ": " << QCoreApplication::translate("motcua-sign", "cannot write the file")
                  << Qt::endl;
            QFile::remove(part);
            ++failures;
            continue;
        }
        out() << QStringLiteral("signed %1 -> %2 (%3 ms)").arg(src, dst).arg(t.elapsed()) << Qt::endl;
    }
    out() << QStringLiteral("files: %1, failed: %2, total %3 ms")
                 .arg(jobs.size())
                 .arg(failures)
                 .arg(total.elapsed());
    if (token)
        out() << QStringLiteral(", token logins: %1").arg(token->loginCount());
    out() << Qt::endl;
    return failures ? 2 : 0;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("trust"), QStringLiteral("Trusted certificates (PEM/DER file or directory)."),
         QStringLiteral("path")},
        {QStringLiteral("json"), QStringLiteral("Print the detailed report as JSON.")},
        {QStringLiteral("offline"), QStringLiteral("Do not ask OCSP responders or CRL servers.")},
        {QStringLiteral("revocation-cache"), QStringLiteral("Directory of cached OCSP/CRL answers."),
         QStringLiteral("dir")},
    });
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Signed PDF."));
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("verify needs exactly one FILE"));
    PdfSignatureValidator validator;
    for (const QString &t : p.values(QStringLiteral("trust"))) {
        if (auto st = validator.addTrusted(t); !st)
            return fail(st.error());
    }
    RevocationOptions revocation;
    revocation.online = !p.isSet(QStringLiteral("offline"));
    revocation.cacheDir = p.value(QStringLiteral("revocation-cache"));
    validator.setRevocationOptions(revocation);
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly))
        return usage(f.fileName() + QStringLiteral(": ") + f.errorString());
    auto report = validator.validate(f.readAll());
    if (!report)
        return fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else {
        if (report->signatures.isEmpty())
            out() << QCoreApplication::translate("motcua-sign", "The document has no signatures.")
                  << Qt::endl;
        for (const SignatureReport &s : report->signatures) {
            out() << s.fieldName << ": " << VerdictText::text(s.verdict) << " (" << verdictId(s.verdict)
                  << ")\n";
            out() << "  signer: " << s.signerSubject << '\n' << "  sub-filter: " << s.subFilter << '\n';
            if (!s.level.isEmpty())
                out() << "  level: " << s.level << '\n';
            if (s.timestampTime.isValid())
                out() << "  time stamp: " << s.timestampTime.toString(Qt::ISODate) << '\n';
            if (!s.revocationStatus.isEmpty())
                out() << "  revocation: " << s.revocationStatus
                      << (s.revocationSource.isEmpty() ? QString()
                                                       : QStringLiteral(" (%1)").arg(s.revocationSource))
                      << '\n';
            for (const QString &pr : s.problems)
                out() << "  problem: " << pr << '\n';
            for (const QString &c : s.laterChanges)
                out() << "  later change: " << c << '\n';
        }
        out() << VerdictText::text(report->verdict) << Qt::endl;
    }
    return report->verdict == Verdict::Valid ? 0 : 1;
}

int runTokens(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("pkcs11-module"), QStringLiteral("PKCS#11 library."), QStringLiteral("lib")});
    if (!p.parse(args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("pkcs11-module"))) {
        for (const auto &m : Pkcs11Module::knownModules())
            out() << m.vendor << ": " << m.fileNames.join(QStringLiteral(", ")) << '\n';
        return 0;
    }
    auto module = Pkcs11Module::load(p.value(QStringLiteral("pkcs11-module")));
    if (!module)
        return fail(module.error());
    auto tokens = module.value()->tokens();
    if (!tokens)
        return fail(tokens.error());
    for (const auto &t : tokens.value())
        out() << t.slot << '\t' << t.label << '\t' << t.manufacturer << '\t' << t.model << '\t' << t.serial
              << '\n';
    return 0;
}

} // namespace motcua::signing::tool
