// SPDX-License-Identifier: GPL-3.0-or-later
#include "vnpki.h"

#include "signingfixture.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QTcpServer>

namespace {
QString s(const char *t)
{
    return QString::fromUtf8(t);
}

QByteArray config(const QString &dir, quint16 ocspPort, quint16 crlPort)
{
    const QByteArray aia = "authorityInfoAccess=OCSP;URI:http://127.0.0.1:" + QByteArray::number(ocspPort)
        + "/,caIssuers;URI:http://127.0.0.1:" + QByteArray::number(crlPort) + "/lca.cer\n";
    const QByteArray cdp
        = "crlDistributionPoints=URI:http://127.0.0.1:" + QByteArray::number(crlPort) + "/lca.crl\n";
    return "[req]\ndistinguished_name=dn\n[dn]\n"
           "[ca]\ndefault_ca=lca\n"
           "[lca]\ndir="
        + dir.toUtf8()
        + "\ndatabase=$dir/index.txt\nnew_certs_dir=$dir/newcerts\ncertificate=$dir/lca.pem\n"
          "private_key=$dir/lca.key\nserial=$dir/serial\ncrlnumber=$dir/crlnumber\ndefault_md=sha256\n"
          "default_days=365\ndefault_crl_days=30\npolicy=any\nunique_subject=no\n"
          "[any]\ncommonName=supplied\norganizationName=optional\ncountryName=optional\n"
          "[root]\nbasicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\n"
          "subjectKeyIdentifier=hash\n"
          "[licensedca]\nbasicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"
          "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
          "[official]\nbasicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature,"
          "nonRepudiation\n"
          "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
        + aia + cdp
        + "[crlonly]\nbasicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
          "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
        + cdp
        + "[ocspsign]\nbasicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\n"
          "extendedKeyUsage=critical,OCSPSigning\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
          "[tsa]\nbasicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\n"
          "extendedKeyUsage=critical,timeStamping\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n";
}
} // namespace

VnPki::~VnPki()
{
    stopOcsp();
}

bool VnPki::ca(const QStringList &args)
{
    int rc = 0;
    const QByteArray out
        = SigningFixture::run(QStringLiteral("openssl"),
                              QStringList {QStringLiteral("ca"), QStringLiteral("-batch"),
                                           QStringLiteral("-config"), path(QStringLiteral("ca.cnf"))}
                                  + args,
                              &rc);
    if (rc != 0)
        qWarning() << out;
    return rc == 0;
}

bool VnPki::issue(const QString &name, const QString &subject, const QString &ext, const QStringList &extra)
{
    int rc = 0;
    const QByteArray out = SigningFixture::run(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
         QStringLiteral("-out"), path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), subject,
         QStringLiteral("-utf8"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf"))},
        &rc);
    if (rc != 0)
        return qWarning() << out, false;
    if (!ca(QStringList {QStringLiteral("-utf8"), QStringLiteral("-notext"), QStringLiteral("-extensions"),
                         ext, QStringLiteral("-in"), path(name + QStringLiteral(".csr")),
                         QStringLiteral("-out"), path(name + QStringLiteral(".pem"))}
            + extra))
        return false;
    if (ext == QLatin1String("ocspsign"))
        return true;
    SigningFixture::run(QStringLiteral("openssl"),
                        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                         path(name + QStringLiteral(".key")), QStringLiteral("-in"),
                         path(name + QStringLiteral(".pem")), QStringLiteral("-certfile"), bundlePem(),
                         QStringLiteral("-out"), path(name + QStringLiteral(".p12")),
                         QStringLiteral("-passout"), QStringLiteral("pass:secret")},
                        &rc);
    return rc == 0;
}

bool VnPki::setUp()
{
    if (!m_dir.isValid() || !m_crl.start())
        return false;
    {
        //! A free port for `openssl ocsp -port`: bound by the OS, released just before the responder takes
        //! it.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_ocspPort = probe.serverPort();
    }
    QDir().mkpath(path(QStringLiteral("newcerts")));
    if (!SigningFixture::writeFile(path(QStringLiteral("ca.cnf")),
                                   config(m_dir.path(), m_ocspPort, m_crl.port()))
        || !SigningFixture::writeFile(path(QStringLiteral("index.txt")), {})
        || !SigningFixture::writeFile(path(QStringLiteral("serial")), "1000\n")
        || !SigningFixture::writeFile(path(QStringLiteral("crlnumber")), "1000\n"))
        return false;
    int rc = 0;
    QByteArray out = SigningFixture::run(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         path(QStringLiteral("root.key")), QStringLiteral("-out"), rootPem(), QStringLiteral("-days"),
         QStringLiteral("3650"), QStringLiteral("-utf8"), QStringLiteral("-subj"),
         s("/C=VN/O=Ban Cơ yếu Chính phủ/CN=Root CA Quốc gia (thử nghiệm)"), QStringLiteral("-config"),
         path(QStringLiteral("ca.cnf")), QStringLiteral("-extensions"), QStringLiteral("root")},
        &rc);
    if (rc != 0)
        return qWarning() << out, false;
    for (const auto &[name, subject, ext] :
         {std::tuple {QStringLiteral("lca"),
                      s("/C=VN/O=Tổ chức chứng thực được cấp phép/CN=Licensed CA (thử nghiệm)"),
                      QStringLiteral("licensedca")},
          std::tuple {QStringLiteral("tsa"), s("/C=VN/O=Ban Cơ yếu Chính phủ/CN=TSA (thử nghiệm)"),
                      QStringLiteral("tsa")}}) {
        SigningFixture::run(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
             QStringLiteral("-out"), path(name + QStringLiteral(".csr")), QStringLiteral("-utf8"),
             QStringLiteral("-subj"), subject, QStringLiteral("-config"), path(QStringLiteral("ca.cnf"))},
            &rc);
        if (rc != 0)
            return false;
        out = SigningFixture::run(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), rootPem(), QStringLiteral("-CAkey"),
             path(QStringLiteral("root.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
             QStringLiteral("1825"), QStringLiteral("-out"), path(name + QStringLiteral(".pem")),
             QStringLiteral("-extfile"), path(QStringLiteral("ca.cnf")), QStringLiteral("-extensions"), ext},
            &rc);
        if (rc != 0)
            return qWarning() << out, false;
    }
    const QByteArray lca = SigningFixture::readFile(licensedCaPem());
    if (!SigningFixture::writeFile(bundlePem(), SigningFixture::readFile(rootPem()) + lca))
        return false;
    m_crl.setFile(QStringLiteral("/lca.cer"), lca);
    if (!issue(QStringLiteral("official"), s("/C=VN/O=UBND xã Tân Hòa/CN=Nguyễn Thị Lan"),
               QStringLiteral("official"))
        || !issue(QStringLiteral("revoked"), s("/C=VN/O=UBND xã Tân Hòa/CN=Trần Văn Bình"),
                  QStringLiteral("official"))
        || !issue(QStringLiteral("later"), s("/C=VN/O=UBND xã Tân Hòa/CN=Đỗ Văn Sau"),
                  QStringLiteral("official"))
        || !issue(QStringLiteral("crlgood"), s("/C=VN/O=Sở Tư pháp/CN=Lê Thu Hà"), QStringLiteral("crlonly"))
        || !issue(QStringLiteral("crlrevoked"), s("/C=VN/O=Sở Tư pháp/CN=Phạm Minh Đức"),
                  QStringLiteral("crlonly"))
        || !issue(QStringLiteral("expired"), s("/C=VN/O=Sở Tư pháp/CN=Hoàng Văn Cũ"),
                  QStringLiteral("official"),
                  {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                   QStringLiteral("-enddate"), QStringLiteral("20210101000000Z")})
        || !issue(QStringLiteral("ocspsigner"),
                  s("/C=VN/O=Tổ chức chứng thực được cấp phép/CN=OCSP (thử nghiệm)"),
                  QStringLiteral("ocspsign")))
        return false;
    for (const QString &name : {QStringLiteral("revoked"), QStringLiteral("crlrevoked")}) {
        if (!revoke(name))
            return false;
    }
    return startOcsp();
}

bool VnPki::revoke(const QString &official)
{
    if (!ca({QStringLiteral("-revoke"), certPem(official), QStringLiteral("-crl_reason"),
             QStringLiteral("keyCompromise")})
        || !ca({QStringLiteral("-gencrl"), QStringLiteral("-out"), path(QStringLiteral("lca.crl.pem"))}))
        return false;
    int rc = 0;
    SigningFixture::run(QStringLiteral("openssl"),
                        {QStringLiteral("crl"), QStringLiteral("-in"), path(QStringLiteral("lca.crl.pem")),
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                         path(QStringLiteral("lca.crl"))},
                        &rc);
    m_crl.setFile(QStringLiteral("/lca.crl"), SigningFixture::readFile(path(QStringLiteral("lca.crl"))));
    //! openssl ocsp reads index.txt once: a running responder is restarted to see the revocation.
    if (m_ocsp.state() != QProcess::NotRunning) {
        stopOcsp();
        return rc == 0 && startOcsp();
    }
    return rc == 0;
}

bool VnPki::startOcsp()
{
    if (m_ocsp.state() != QProcess::NotRunning)
        return true;
    m_ocsp.setProcessChannelMode(QProcess::MergedChannels);
    m_ocsp.start(QStringLiteral("openssl"),
                 {QStringLiteral("ocsp"), QStringLiteral("-index"), path(QStringLiteral("index.txt")),
                  QStringLiteral("-port"), QString::number(m_ocspPort), QStringLiteral("-rsigner"),
                  path(QStringLiteral("ocspsigner.pem")), QStringLiteral("-rkey"),
                  path(QStringLiteral("ocspsigner.key")), QStringLiteral("-CA"), licensedCaPem(),
                  QStringLiteral("-ndays"), QStringLiteral("1"), QStringLiteral("-ignore_err")});
    if (!m_ocsp.waitForStarted(10000))
        return false;
    //! Ready when it says it listens ("ACCEPT <addr>:<port>"). Not probed with a bare
    //! connection: the single-threaded responder would wait on it for a request.
    QByteArray log;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_ocsp.state() == QProcess::Running) {
        if (m_ocsp.waitForReadyRead(200))
            log += m_ocsp.readAll();
        if (log.contains("ACCEPT") || log.contains("waiting for OCSP client connections"))
            return true;
    }
    log += m_ocsp.readAll();
    qWarning() << "openssl ocsp did not start:" << log;
    return false;
}

void VnPki::stopOcsp()
{
    if (m_ocsp.state() == QProcess::NotRunning)
        return;
    m_ocsp.kill();
    m_ocsp.waitForFinished(10000);
}
