// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua report` on a profile synced from the real server: the CSV's numbers
//! equal the dashboard's (DashboardController over the same profile), the PDF
//! passes `qpdf --check` and, signed with motcua-sign, `pdfsig` says valid; a
//! bad period is a clear error.
#include "clirunner.h"
#include "dashboardcontroller.h"
#include "signing/signingfixture.h"
#include "testserver.h"
#include "workspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
        QVERIFY(m_fx.setUp());
    }

    void reportMatchesTheScreenAndSigns()
    {
        CliProfile p;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
        QCOMPARE(p.run({QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                        QStringLiteral("lanhdao1")},
                       "demo\n")
                     .exitCode,
                 0);
        QCOMPARE(p.run({QStringLiteral("sync")}).exitCode, 0);

        Workspace ws;
        QVERIFY(ws.open(p.dir()).ok());
        DashboardController screen(&ws, nullptr);
        screen.choosePeriod(QStringLiteral("year"));
        QVERIFY(screen.hasDefinitions());
        const QString period = screen.period();

        const QString csvPath = p.dir() + QStringLiteral("/report.csv");
        const CliRun csv
            = p.run({QStringLiteral("report"), QStringLiteral("--period"), period, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), csvPath});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QHash<QString, QString> fromCsv;
        for (const QByteArray &line : f.readAll().split('\n')) {
            //! kind,group,indicator,name,key,numerator,denominator,... (names may hold quoted commas)
            if (!line.startsWith("indicator,"))
                continue;
            const QList<QByteArray> parts = line.split(',');
            const QString id = QString::fromUtf8(parts.at(2));
            // numerator and denominator follow the (possibly quoted) name and the empty key
            const qsizetype n = parts.size();
            fromCsv.insert(id, QString::fromUtf8(parts.at(n - 7) + '/' + parts.at(n - 6)));
        }
        DashboardTileModel *tiles = screen.tiles();
        QCOMPARE(fromCsv.size(), tiles->rowCount());
        int withData = 0;
        for (int r = 0; r < tiles->rowCount(); ++r) {
            const QModelIndex i = tiles->index(r);
            const QString id = i.data(DashboardTileModel::IdRole).toString();
            QCOMPARE(fromCsv.value(id), i.data(DashboardTileModel::CountTextRole).toString());
            withData += i.data(DashboardTileModel::PercentRole).toDouble() >= 0;
        }
        QVERIFY(withData >= 8);

        const QString pdfPath = p.dir() + QStringLiteral("/report.pdf");
        const CliRun pdf
            = p.run({QStringLiteral("report"), QStringLiteral("--period"), period, QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        //! For the docs: the report over the demo data (docs/screenshots/report-pdf-page*.png).
        if (const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile::remove(dir + QStringLiteral("/report.pdf"));
            QVERIFY(QFile::copy(pdfPath, dir + QStringLiteral("/report.pdf")));
        }
        int rc = -1;
        SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdfPath}, &rc);
        QCOMPARE(rc, 0);
        const QString signedPath = p.dir() + QStringLiteral("/report-signed.pdf");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_PIN"), QString::fromLatin1(m_fx.p12Password()));
        QProcess sign;
        sign.setProcessEnvironment(env);
        sign.start(QStringLiteral(MOTCUA_BIN_DIR "/motcua-sign"),
                   {QStringLiteral("sign"), QStringLiteral("--in"), pdfPath, QStringLiteral("--out"),
                    signedPath, QStringLiteral("--p12"), m_fx.p12()});
        QVERIFY(sign.waitForFinished(60000));
        QVERIFY2(sign.exitCode() == 0, sign.readAllStandardError().constData());
        const QByteArray verdict = SigningFixture::run(QStringLiteral("pdfsig"), {signedPath});
        QVERIFY2(verdict.contains("Signature is Valid."), verdict.constData());
        SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), signedPath}, &rc);
        QCOMPARE(rc, 0);

        const CliRun bad
            = p.run({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q5"),
                     QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("indicators.bad_period"));
        const CliRun noFormat = p.run({QStringLiteral("report"), QStringLiteral("--period"), period});
        QCOMPARE(noFormat.exitCode, 1);
    }

private:
    TestServer m_server;
    SigningFixture m_fx;
};

QTEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
