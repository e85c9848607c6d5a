// SPDX-License-Identifier: GPL-3.0-or-later
// The real motcua-desk binary: --version and --help work without a display,
// an unknown option is refused with a message and a non-zero exit code.
#include <QProcess>
#include <QTest>

class TestDeskCommandLine : public QObject
{
    Q_OBJECT
    QString m_exe = QStringLiteral(MOTCUA_BIN_DIR "/motcua-desk");

    QByteArray run(const QStringList &args, int *exitCode)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(m_exe, args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private Q_SLOTS:
    void version()
    {
        int rc = 0;
        const QByteArray out = run({QStringLiteral("--version")}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(out.trimmed(), QByteArray("motcua-desk " MOTCUA_VERSION));
    }
    void help()
    {
        int rc = 0;
        const QString out = QString::fromUtf8(run({QStringLiteral("--help")}, &rc));
        QCOMPARE(rc, 0);
        for (const char *opt : {"--profile <dir>", "--server <url>", "--lang <code>", "--version"})
            QVERIFY2(out.contains(QLatin1String(opt)), opt);
        QVERIFY(out.contains(QStringLiteral("Một Cửa Desk")));
    }
    void unknownOption()
    {
        int rc = 0;
        const QString out = QString::fromUtf8(run({QStringLiteral("--no-such-option")}, &rc));
        QVERIFY(rc != 0);
        QVERIFY2(out.contains(QLatin1String("no-such-option")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestDeskCommandLine)
#include "tst_deskcommandline.moc"
