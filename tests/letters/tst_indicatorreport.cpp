// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator report's PDF layout: over the demo province's indicator set and
//! a hand-built scope, no number or status wraps in its cell and no text needs
//! more height than its row gives (the boxes the layout reports), the group
//! scores read back on one line with `pdftotext -layout`, and qpdf finds the
//! file clean; for a quarter and for a year (two blocks of months).
#include "core/indicators.h"
#include "core/json.h"
#include "letters/indicatorreport.h"
#include "letters/letterfont.h"
#include "signing/signingfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::letters;

namespace {
IndicatorSet demoSet()
{
    QFile f(QStringLiteral(MOTCUA_TEST_DATA_DIR "/indicators/h19.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return json::parse<IndicatorSet>(QJsonDocument::fromJson(f.readAll()).object()).valueOr(IndicatorSet());
}

//! 107 dossiers a month over 2026 (100 synchronised, so 93,46% and 16,82/18 points),
//! varied enough that every group scores below its weight with two decimals.
IndicatorScope scope()
{
    IndicatorScope s;
    const QStringList procedures {QStringLiteral("1.009972"), QStringLiteral("1.001193"),
                                  QStringLiteral("1.000894")};
    for (int month = 1; month <= 12; ++month) {
        const qint32 first = epochDay(QDate(2026, month, 1));
        for (int i = 0; i < 107; ++i) {
            IndicatorDossier d;
            d.id = QStringLiteral("%1-%2").arg(month).arg(i);
            d.agency = QStringLiteral("H19.X01");
            d.procedure = procedures[i % procedures.size()];
            d.official = QStringLiteral("chuyenvien%1").arg(i % 3);
            d.receivedDay = first + i % 25;
            d.nationalSyncedAt = i < 100 ? 1 : kNoTime;
            d.channel = i % 2 ? SubmissionChannel::Online : SubmissionChannel::InPerson;
            d.payment = i % 3 == 0 ? PaymentMethod::None
                : i % 3 == 1       ? PaymentMethod::Online
                                   : PaymentMethod::Desk;
            d.inputComponents = 2;
            d.paperComponents = i % 9 == 0 ? 1 : 0;
            d.reusedComponents = i % 4 == 0 ? 1 : 0;
            if (i % 5 != 0) {
                d.state = DossierState::ResultIssued;
                d.finishedDay = d.receivedDay + 2;
                d.finishedAt = 0;
                d.nationalSyncedAt = i < 100 ? 0 : kNoTime;
                d.outcome = i % 7 == 0 ? deadline::Outcome::Late : deadline::Outcome::OnTime;
                d.apology = i % 14 == 0;
                d.resultComponents = 1;
                d.resultOnPaper = i % 11 == 0;
                d.signedResult = i % 13 != 0;
                d.satisfaction = i % 6 == 0 ? Satisfaction::Dissatisfied : Satisfaction::Satisfied;
            }
            s.dossiers.append(d);
            if (i % 8 == 0)
                s.transfers.append({d.id, d.agency, d.procedure, d.official, false, QStringLiteral("H19.01"),
                                    d.receivedDay + 1, i % 16 == 0});
        }
    }
    return s;
}

ReportHeading heading()
{
    ReportHeading h;
    h.parentAgencyName = QStringLiteral("Ủy ban nhân dân tỉnh Hà Tĩnh");
    h.agencyName = QStringLiteral("Ủy ban nhân dân phường Phan Đình Phùng");
    h.agencyCode = QStringLiteral("H19.X01");
    h.scopeName = h.agencyName;
    h.place = QStringLiteral("Hà Tĩnh");
    h.date = QDate(2026, 10, 5);
    return h;
}
} // namespace

class TestIndicatorReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto family = loadSerifFamily();
        QVERIFY2(family.ok(), qPrintable(family.ok() ? QString() : family.error().toString()));
        m_set = demoSet();
        QCOMPARE(m_set.indicators.size(), 12);
    }

    void laidOutFromTheText_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("pages");
        QTest::newRow("quarter") << QStringLiteral("2026-Q3") << 2;
        //! Twelve months do not fit side by side: two blocks, a third page.
        QTest::newRow("year") << QStringLiteral("2026") << 3;
    }

    void laidOutFromTheText()
    {
        QFETCH(QString, period);
        QFETCH(int, pages);
        const IndicatorReport report = computeIndicators(m_set, scope(), Period::parse(period).value());
        QList<ReportBox> boxes;
        auto pdf = renderIndicatorReportPdf(report, heading(), &boxes);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().toString()));

        //! What the layout gave each text against what the text needs.
        qreal labelLine = 1e9; //!< one line of the chart's labels
        for (const ReportBox &b : std::as_const(boxes))
            if (b.page > 1 && !b.oneLine)
                labelLine = std::min(labelLine, b.neededHeight);
        int scores = 0, twoLineLabels = 0;
        for (const ReportBox &b : std::as_const(boxes)) {
            const QString where = QStringLiteral("page %1, «%2»: given %3 x %4 mm, needs %5 x %6 mm")
                                      .arg(b.page)
                                      .arg(b.text)
                                      .arg(b.width, 0, 'f', 2)
                                      .arg(b.height, 0, 'f', 2)
                                      .arg(b.neededWidth, 0, 'f', 2)
                                      .arg(b.neededHeight, 0, 'f', 2);
            QVERIFY2(b.neededHeight <= b.height + 0.01, qPrintable(where));
            if (b.oneLine)
                QVERIFY2(b.neededWidth <= b.width + 0.01, qPrintable(where));
            scores += b.text.endsWith(QStringLiteral(" điểm"));
            twoLineLabels += b.page > 1 && !b.oneLine && b.neededHeight > 1.5 * labelLine;
        }
        QCOMPARE(scores, 5);
        QVERIFY(twoLineLabels >= 2);
        QCOMPARE(boxes.last().page, pages);

        const QString path = m_dir.filePath(period + QStringLiteral(".pdf"));
        QVERIFY(SigningFixture::writeFile(path, pdf.value()));
        if (const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(SigningFixture::writeFile(
                dir + QStringLiteral("/report-") + period + QStringLiteral(".pdf"), pdf.value()));
        int rc = -1;
        SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &rc);
        QCOMPARE(rc, 0);
        const QString text
            = QString::fromUtf8(SigningFixture::run(QStringLiteral("pdftotext"),
                                                    {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), path, QStringLiteral("-")},
                                                    &rc));
        QCOMPARE(rc, 0);
        QCOMPARE(text.count(QLatin1Char('\f')), pages);
        //! Each group's score on one line, as in "16,82/18 điểm".
        static const QRegularExpression score(QStringLiteral("(?<![\\d,])\\d+,\\d\\d/\\d+ điểm"));
        QCOMPARE(text.count(score), 5);
        QVERIFY2(text.contains(QStringLiteral("16,82/18 điểm")), qPrintable(text));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.trimmed() != QStringLiteral("điểm"), qPrintable(text));
    }

private:
    QTemporaryDir m_dir;
    IndicatorSet m_set;
};

QTEST_MAIN(TestIndicatorReport)
#include "tst_indicatorreport.moc"
