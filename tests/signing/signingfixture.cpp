// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingfixture.h"

#include <QBuffer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

static const char kConfig[] = R"([req]
distinguished_name=dn
[dn]
[ca]
basicConstraints=critical,CA:true
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[leaf]
basicConstraints=critical,CA:false
keyUsage=critical,digitalSignature,nonRepudiation
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
[tsa]
basicConstraints=critical,CA:false
keyUsage=critical,digitalSignature
extendedKeyUsage=critical,timeStamping
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
)";

QByteArray SigningFixture::run(const QString &program, const QStringList &args, int *exitCode,
                               const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        if (exitCode)
            *exitCode = -1;
        return "failed to start " + program.toUtf8();
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

QByteArray SigningFixture::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool SigningFixture::writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool SigningFixture::makeCert(const QString &name, const QString &subject, const QString &issuer,
                              const QString &ext)
{
    int rc = 0;
    const QString cnf = path(QStringLiteral("x.cnf"));
    run(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
         QStringLiteral("-out"), path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), subject,
         QStringLiteral("-utf8"), QStringLiteral("-config"), cnf},
        &rc);
    if (rc != 0)
        return false;
    const QByteArray out = run(QStringLiteral("openssl"),
                               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                path(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                                path(issuer + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                                path(issuer + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                                QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-out"),
                                path(name + QStringLiteral(".pem")), QStringLiteral("-extfile"), cnf,
                                QStringLiteral("-extensions"), ext},
                               &rc);
    if (rc != 0)
        qWarning() << out;
    return rc == 0;
}

bool SigningFixture::setUp()
{
    if (!m_dir.isValid() || !writeFile(path(QStringLiteral("x.cnf")), kConfig))
        return false;
    int rc = 0;
    for (const auto &[name, cn] :
         {std::pair {QStringLiteral("ca"), QStringLiteral("/CN=Motcua Test CA/O=Test")},
          std::pair {QStringLiteral("rogueca"), QStringLiteral("/CN=Rogue CA/O=Elsewhere")}}) {
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             path(name + QStringLiteral(".key")), QStringLiteral("-out"), path(name + QStringLiteral(".pem")),
             QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"), cn,
             QStringLiteral("-config"), path(QStringLiteral("x.cnf")), QStringLiteral("-extensions"),
             QStringLiteral("ca")},
            &rc);
        if (rc != 0)
            return false;
    }
    if (!makeCert(QStringLiteral("leaf"), QStringLiteral("/CN=Nguyễn Văn An/O=Sở Tư pháp"),
                  QStringLiteral("ca"), QStringLiteral("leaf"))
        || !makeCert(QStringLiteral("rogue"), QStringLiteral("/CN=Mallory/O=Elsewhere"),
                     QStringLiteral("rogueca"), QStringLiteral("leaf"))
        || !makeCert(QStringLiteral("tsa"), QStringLiteral("/CN=Motcua Test TSA/O=Test"),
                     QStringLiteral("ca"), QStringLiteral("tsa")))
        return false;
    for (const auto &[name, ca] : {std::pair {QStringLiteral("leaf"), QStringLiteral("ca")},
                                   std::pair {QStringLiteral("rogue"), QStringLiteral("rogueca")}}) {
        run(QStringLiteral("openssl"),
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
             path(name + QStringLiteral(".key")), QStringLiteral("-in"), path(name + QStringLiteral(".pem")),
             QStringLiteral("-certfile"), path(ca + QStringLiteral(".pem")), QStringLiteral("-out"),
             path(name + QStringLiteral(".p12")), QStringLiteral("-passout"), QStringLiteral("pass:secret")},
            &rc);
        if (rc != 0)
            return false;
    }
    return true;
}

QString SigningFixture::softhsmModule() const
{
    for (const char *p :
         {"/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"}) {
        if (QFile::exists(QString::fromLatin1(p)))
            return QString::fromLatin1(p);
    }
    return {};
}

QProcessEnvironment SigningFixture::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("SOFTHSM2_CONF"), path(QStringLiteral("softhsm2.conf")));
    return e;
}

bool SigningFixture::initToken()
{
    QDir().mkpath(path(QStringLiteral("tokens")));
    if (!writeFile(path(QStringLiteral("softhsm2.conf")),
                   "directories.tokendir = " + path(QStringLiteral("tokens")).toUtf8()
                       + "\nobjectstore.backend = file\nlog.level = ERROR\n"))
        return false;
    qputenv("SOFTHSM2_CONF", path(QStringLiteral("softhsm2.conf")).toUtf8());
    int rc = 0;
    QByteArray out = run(QStringLiteral("softhsm2-util"),
                         {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                          tokenLabel(), QStringLiteral("--so-pin"), QStringLiteral("12345678"),
                          QStringLiteral("--pin"), QString::fromLatin1(tokenPin())},
                         &rc, env());
    if (rc != 0)
        return qWarning() << out, false;
    out = run(QStringLiteral("softhsm2-util"),
              {QStringLiteral("--import"), path(QStringLiteral("leaf.key")), QStringLiteral("--token"),
               tokenLabel(), QStringLiteral("--id"), QStringLiteral("01"), QStringLiteral("--label"),
               QStringLiteral("sign"), QStringLiteral("--pin"), QString::fromLatin1(tokenPin())},
              &rc, env());
    if (rc != 0)
        return qWarning() << out, false;
    run(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("leaf.pem")),
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
         path(QStringLiteral("leaf.der"))},
        &rc);
    out = run(QStringLiteral("pkcs11-tool"),
              {QStringLiteral("--module"), softhsmModule(), QStringLiteral("--token-label"), tokenLabel(),
               QStringLiteral("--login"), QStringLiteral("--pin"), QString::fromLatin1(tokenPin()),
               QStringLiteral("--write-object"), path(QStringLiteral("leaf.der")), QStringLiteral("--type"),
               QStringLiteral("cert"), QStringLiteral("--id"), QStringLiteral("01"),
               QStringLiteral("--label"), QStringLiteral("sign")},
              &rc, env());
    if (rc != 0)
        return qWarning() << out, false;
    return true;
}

bool SigningFixture::addAlwaysAuthenticateKey()
{
    int rc = 0;
    const QString pin = QString::fromLatin1(tokenPin());
    QByteArray out
        = run(QStringLiteral("pkcs11-tool"),
              {QStringLiteral("--module"), softhsmModule(), QStringLiteral("--token-label"), tokenLabel(),
               QStringLiteral("--login"), QStringLiteral("--pin"), pin, QStringLiteral("--keypairgen"),
               QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"), QStringLiteral("--id"),
               QStringLiteral("02"), QStringLiteral("--label"), QStringLiteral("always"),
               QStringLiteral("--usage-sign"), QStringLiteral("--always-auth")},
              &rc, env());
    if (rc != 0)
        return qWarning() << out, false;
    out = run(QStringLiteral("pkcs11-tool"),
              {QStringLiteral("--module"), softhsmModule(), QStringLiteral("--token-label"), tokenLabel(),
               QStringLiteral("--read-object"), QStringLiteral("--type"), QStringLiteral("pubkey"),
               QStringLiteral("--id"), QStringLiteral("02"), QStringLiteral("-o"),
               path(QStringLiteral("always.pub"))},
              &rc, env());
    if (rc != 0)
        return qWarning() << out, false;
    // A certificate for the token's public key: any request, with -force_pubkey.
    run(QStringLiteral("openssl"),
        {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"), QStringLiteral("DER"),
         QStringLiteral("-in"), path(QStringLiteral("always.pub")), QStringLiteral("-out"),
         path(QStringLiteral("always-pub.pem"))},
        &rc);
    if (rc != 0)
        return false;
    out = run(QStringLiteral("openssl"),
              {QStringLiteral("x509"),          QStringLiteral("-req"),
               QStringLiteral("-in"),           path(QStringLiteral("leaf.csr")),
               QStringLiteral("-CA"),           caPem(),
               QStringLiteral("-CAkey"),        path(QStringLiteral("ca.key")),
               QStringLiteral("-force_pubkey"), path(QStringLiteral("always-pub.pem")),
               QStringLiteral("-days"),         QStringLiteral("30"),
               QStringLiteral("-outform"),      QStringLiteral("DER"),
               QStringLiteral("-out"),          path(QStringLiteral("always.der")),
               QStringLiteral("-extfile"),      path(QStringLiteral("x.cnf")),
               QStringLiteral("-extensions"),   QStringLiteral("leaf")},
              &rc);
    if (rc != 0)
        return qWarning() << out, false;
    out = run(QStringLiteral("pkcs11-tool"),
              {QStringLiteral("--module"), softhsmModule(), QStringLiteral("--token-label"), tokenLabel(),
               QStringLiteral("--login"), QStringLiteral("--pin"), pin, QStringLiteral("--write-object"),
               path(QStringLiteral("always.der")), QStringLiteral("--type"), QStringLiteral("cert"),
               QStringLiteral("--id"), QStringLiteral("02"), QStringLiteral("--label"),
               QStringLiteral("always")},
              &rc, env());
    if (rc != 0)
        return qWarning() << out, false;
    return true;
}

QByteArray SigningFixture::makePdf(int pages, const QString &text)
{
    QByteArray bytes;
    {
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        QPdfWriter w(&buf);
        w.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&w);
        for (int i = 0; i < pages; ++i) {
            if (i)
                w.newPage();
            painter.drawText(QRect(200, 200, 8000, 2000), text + QStringLiteral(" — trang %1").arg(i + 1));
        }
    }
    return bytes;
}

bool SigningFixture::extract(const QByteArray &pdf, int index, QByteArray *cms, QByteArray *signedBytes)
{
    static const QRegularExpression re(
        QStringLiteral(R"(/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\])"));
    auto it = re.globalMatch(QString::fromLatin1(pdf));
    for (int i = 0; it.hasNext(); ++i) {
        const auto m = it.next();
        if (i != index)
            continue;
        const qint64 b = m.captured(2).toLongLong(), c = m.captured(3).toLongLong(),
                     d = m.captured(4).toLongLong();
        *signedBytes = pdf.left(b) + pdf.mid(c, d);
        QByteArray der = QByteArray::fromHex(pdf.mid(b + 1, c - b - 2));
        // Cut the zero padding: the DER length is in the SEQUENCE header.
        if (der.size() > 4 && uchar(der[0]) == 0x30 && (uchar(der[1]) & 0x80)) {
            const int n = uchar(der[1]) & 0x7f;
            qint64 len = 0;
            for (int k = 0; k < n; ++k)
                len = (len << 8) | uchar(der[2 + k]);
            der = der.left(2 + n + len);
        }
        *cms = der;
        return true;
    }
    return false;
}
