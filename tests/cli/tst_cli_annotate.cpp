// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua act CODE annotate ...` and `motcua export CODE --annotated --out DIR`
//! against the real server: the annotation reaches the server, the exported copy
//! passes qpdf --check and poppler reads the annotation back.
#include "clirunner.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace motcua::test;

#define VERIFY_RUN(run, code)                                                                                \
    do {                                                                                                     \
        const CliRun &r_ = (run);                                                                            \
        QVERIFY2(r_.exitCode == (code),                                                                      \
                 qPrintable(QStringLiteral("exit %1, stdout: %2 stderr: %3")                                 \
                                .arg(r_.exitCode)                                                            \
                                .arg(QString::fromUtf8(r_.out), QString::fromUtf8(r_.err))));                \
    } while (false)

class TestCliAnnotate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    }

    void annotateAndExport()
    {
        CliProfile p;
        VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"),
                          QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()),
                          QStringLiteral("--user"), QStringLiteral("chuyenvien1")},
                         "demo\n"),
                   0);
        VERIFY_RUN(p.run({QStringLiteral("sync"), QStringLiteral("--prefetch")}), 0);
        const CliRun inbox = p.run({QStringLiteral("inbox"), QStringLiteral("--json")});
        VERIFY_RUN(inbox, 0);
        QString code, component;
        const QJsonArray items = inbox.json().value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QJsonArray comps = o.value(QLatin1String("components")).toArray();
            if (o.value(QLatin1String("state")).toString() == QLatin1String("in_review")
                && !comps.isEmpty()) {
                code = o.value(QLatin1String("code")).toString();
                component = comps.first().toObject().value(QLatin1String("id")).toString();
                break;
            }
        }
        QVERIFY(!code.isEmpty());

        const QString text = QStringLiteral("Thiếu dấu giáp lai trang 1");
        const QStringList base {QStringLiteral("act"), code, QStringLiteral("annotate"),
                                QStringLiteral("--component"), component};
        // Bad geometry and pages are user errors, nothing queued.
        VERIFY_RUN(p.run(base
                         + QStringList {QStringLiteral("--page"), QStringLiteral("1"),
                                        QStringLiteral("--rect"), QStringLiteral("0.5,0.5,0.8,0.1")}),
                   1);
        VERIFY_RUN(p.run(base
                         + QStringList {QStringLiteral("--page"), QStringLiteral("0"),
                                        QStringLiteral("--rect"), QStringLiteral("0.1,0.1,0.2,0.1")}),
                   1);
        VERIFY_RUN(p.run(base
                         + QStringList {QStringLiteral("--page"), QStringLiteral("1"),
                                        QStringLiteral("--rect"), QStringLiteral("a,b,c,d")}),
                   1);
        VERIFY_RUN(p.run(base
                         + QStringList {QStringLiteral("--page"), QStringLiteral("1"),
                                        QStringLiteral("--rect"), QStringLiteral("0.1,0.1,0.2,0.1"),
                                        QStringLiteral("--kind"), QStringLiteral("scribble")}),
                   1);
        const CliRun outbox = p.run({QStringLiteral("outbox"), QStringLiteral("--json")});
        VERIFY_RUN(outbox, 0);
        QVERIFY2(!outbox.out.contains("annotate"), outbox.out);

        // A rectangle and a note, sent to the server.
        VERIFY_RUN(
            p.run(base
                  + QStringList {QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--rect"),
                                 QStringLiteral("0.25,0.125,0.5,0.25"), QStringLiteral("--text"), text,
                                 QStringLiteral("--kind"), QStringLiteral("rect")}),
            0);
        VERIFY_RUN(p.run(base
                         + QStringList {QStringLiteral("--page"), QStringLiteral("1"),
                                        QStringLiteral("--rect"), QStringLiteral("0.5,0.75,0.05,0.05"),
                                        QStringLiteral("--text"), QStringLiteral("Ghi chú"),
                                        QStringLiteral("--kind"), QStringLiteral("note")}),
                   0);
        VERIFY_RUN(p.run({QStringLiteral("sync"), QStringLiteral("--prefetch")}), 0);
        const CliRun left = p.run({QStringLiteral("outbox"), QStringLiteral("--json")});
        QVERIFY2(!left.out.contains("\"pending\""), left.out);

        // Export: one file per component, inside DIR, names from the component names.
        QTemporaryDir out;
        VERIFY_RUN(p.run({QStringLiteral("export"), code, QStringLiteral("--annotated")}),
                   1); // --out missing
        const CliRun exported = p.run({QStringLiteral("export"), code, QStringLiteral("--annotated"),
                                       QStringLiteral("--out"), out.path()});
        VERIFY_RUN(exported, 0);
        const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        bool found = false;
        for (const QString &f : files) {
            const QString path = QDir(out.path()).filePath(f);
            QProcess qpdf;
            qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
            QVERIFY(qpdf.waitForFinished(60000));
            QVERIFY2(qpdf.exitCode() == 0, qpdf.readAllStandardOutput().constData());
            std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
            QVERIFY(doc);
            std::unique_ptr<Poppler::Page> page = doc->page(0);
            for (const auto &a : page->annotations()) {
                if (a->subType() != Poppler::Annotation::AGeom || a->contents() != text)
                    continue;
                found = true;
                QCOMPARE(a->author(), QStringLiteral("chuyenvien1"));
                const QRectF r = a->boundary();
                QVERIFY2(std::abs(r.left() - 0.25) < 0.01 && std::abs(r.top() - 0.125) < 0.01
                             && std::abs(r.width() - 0.5) < 0.01 && std::abs(r.height() - 0.25) < 0.01,
                         qPrintable(QStringLiteral("%1 %2 %3 %4")
                                        .arg(r.left())
                                        .arg(r.top())
                                        .arg(r.width())
                                        .arg(r.height())));
            }
        }
        QVERIFY2(found, exported.out);
    }

private:
    TestServer m_server;
};

QTEST_MAIN(TestCliAnnotate)
#include "tst_cli_annotate.moc"
