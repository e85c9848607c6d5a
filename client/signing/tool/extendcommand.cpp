// SPDX-License-Identifier: GPL-3.0-or-later
//! motcua-sign extend: PAdES B-LT / B-LTA for documents already signed.
#include "signcommand.h"
#include "signing/longterm.h"
#include "signing/tsaclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace motcua::signing::tool {

namespace {
int fail(const QString &message, const QString &detail = {})
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("motcua-sign", "error: %1").arg(message);
    if (!detail.isEmpty())
        err << " [" << detail << ']';
    err << Qt::endl;
    return 2;
}

int fail(const Error &e)
{
    return fail(e.userMessage(), e.code + (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
}
} // namespace

int runExtend(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("level"), QStringLiteral("lt or lta."), QStringLiteral("level")},
        {QStringLiteral("tsa"), QStringLiteral("RFC 3161 time-stamp URL (needed for lta)."),
         QStringLiteral("url")},
        {QStringLiteral("trust"),
         QStringLiteral("Trusted certificates or a trust bundle (PEM/DER file or directory)."),
         QStringLiteral("path")},
        {QStringLiteral("revocation-cache"), QStringLiteral("Directory of cached OCSP/CRL answers."),
         QStringLiteral("dir")},
        {QStringLiteral("out"), QStringLiteral("Output PDF (default: FILE in place)."),
         QStringLiteral("path")},
    });
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Signed PDF."));
    if (!p.parse(args))
        return fail(p.errorText());
    const QString level = p.value(QStringLiteral("level"));
    if (p.positionalArguments().size() != 1
        || (level != QLatin1String("lt") && level != QLatin1String("lta")))
        return fail(QStringLiteral("extend needs --level lt|lta and exactly one FILE"));
    if (level == QLatin1String("lta") && !p.isSet(QStringLiteral("tsa")))
        return fail(QStringLiteral("--level lta needs --tsa URL"));
    const QString in = p.positionalArguments().first();
    const QString outPath = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : in;
    QFile f(in);
    if (!f.open(QIODevice::ReadOnly))
        return fail(in + QStringLiteral(": ") + f.errorString());
    QByteArray pdf = f.readAll();
    f.close();

    std::unique_ptr<TsaClient> tsa;
    LongTermOptions options;
    if (p.isSet(QStringLiteral("tsa"))) {
        tsa = std::make_unique<TsaClient>(QUrl(p.value(QStringLiteral("tsa"))));
        options.tsa = tsa.get();
    }
    options.archive = level == QLatin1String("lta");
    options.trust = p.values(QStringLiteral("trust"));
    options.revocation.cacheDir = p.value(QStringLiteral("revocation-cache"));
    auto extended = extendLongTerm(pdf, options);
    if (!extended)
        return fail(extended.error());
    pdf = extended->pdf;
    const RevocationEvidence &evidence = extended->evidence;
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return fail(outPath + QStringLiteral(": ") + out.errorString());
    QTextStream(stdout)
        << QStringLiteral("extended %1 to %2 (DSS: %3 certificates, %4 OCSP responses, %5 CRLs)")
               .arg(outPath, level == QLatin1String("lta") ? QStringLiteral("B-LTA") : QStringLiteral("B-LT"))
               .arg(evidence.certificates.size())
               .arg(evidence.ocspResponses.size())
               .arg(evidence.crls.size())
        << Qt::endl;
    return 0;
}

} // namespace motcua::signing::tool
