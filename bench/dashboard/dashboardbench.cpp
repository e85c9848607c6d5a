// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-bench-dashboard fill PROFILE N — N synthetic dossiers with the indicators' data, via the store API
// motcua-bench-dashboard run PROFILE PERIOD RUNS — all indicators over the cache, as the dashboard
//   and `motcua report` compute them (scan the cache's indicator columns + computeIndicators), ms per run
#include "core/indicators.h"
#include "core/json.h"
#include "store/indicatorsource.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cstdio>
#include <ctime>

using namespace motcua;

namespace {
//! CPU time of the process (user + system), as sqlite3's .timer reports it: on a
//! machine shared with builds the wall time mostly measures the wait for a core.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int fill(const QString &profile, int n)
{
    auto opened = LocalStore::open(profile);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    LocalStore &store = *opened.value();
    QFile f(QStringLiteral(MOTCUA_TEST_DATA_DIR "/indicators/h19.json"));
    if (!f.open(QIODevice::ReadOnly)
        || !indicatorsource::storeSet(store.syncState(), QJsonDocument::fromJson(f.readAll()).object())
                .ok()) {
        std::fprintf(stderr, "cannot store the indicator set\n");
        return 1;
    }
    QRandomGenerator rng(766);
    const QDateTime year(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC);
    const QStringList agencies {QStringLiteral("H19.01"), QStringLiteral("H19.02"), QStringLiteral("H19.X01"),
                                QStringLiteral("H19.X02")};
    const QStringList procedures {QStringLiteral("1.001193"), QStringLiteral("1.000894"),
                                  QStringLiteral("1.009972"), QStringLiteral("1.004227")};
    const bool bulk = store.dossiers().beginBulkLoad().valueOr(false);
    QList<Dossier> page;
    for (int i = 0; i < n; ++i) {
        Dossier d;
        d.id = QStringLiteral("bench-%1").arg(i, 7, 10, QLatin1Char('0'));
        d.code = QStringLiteral("H19-%1").arg(i, 7, 10, QLatin1Char('0'));
        d.procedureCode = procedures[rng.bounded(procedures.size())];
        d.applicant.name = QStringLiteral("Nguyễn Văn An %1").arg(i);
        d.applicant.idNumber = QStringLiteral("0%1").arg(i, 11, 10, QLatin1Char('0'));
        d.applicant.address
            = QStringLiteral("Số %1 đường Hoàng Văn Thụ, phường Phan Đình Phùng").arg(i % 300);
        d.agencyCode = agencies[rng.bounded(agencies.size())];
        d.assignee = QStringLiteral("chuyenvien%1").arg(rng.bounded(8));
        d.receivedAt = year.addSecs(qint64(rng.bounded(330 * 24)) * 3600);
        d.dueAt = d.receivedAt.addDays(7);
        d.version = 1;
        const int roll = rng.bounded(10);
        d.state = roll < 3 ? DossierState::InReview
            : roll < 8     ? DossierState::Returned
                           : DossierState::ResultIssued;
        Component c;
        c.id = d.id + QStringLiteral("-c1");
        c.name = QStringLiteral("Tờ khai");
        c.documentCode = QStringLiteral("TK01");
        c.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(d.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        c.size = 120000;
        c.mime = QStringLiteral("application/pdf");
        c.pages = 2;
        d.components = {c};
        if (d.state != DossierState::InReview) {
            d.finishedAt = d.receivedAt.addDays(rng.bounded(10));
            Component r = c;
            r.id = d.id + QStringLiteral("-kq");
            r.kind = ComponentKind::Result;
            r.isSigned = rng.bounded(10) > 0;
            d.components.append(r);
            if (d.finishedAt > d.dueAt && rng.bounded(2)) {
                Component a = c;
                a.id = d.id + QStringLiteral("-xl");
                a.kind = ComponentKind::Apology;
                d.components.append(a);
            }
            if (rng.bounded(3) == 0)
                d.service.satisfaction
                    = rng.bounded(10) ? Satisfaction::Satisfied : Satisfaction::Dissatisfied;
        }
        d.service.channel = rng.bounded(2) ? SubmissionChannel::Online : SubmissionChannel::InPerson;
        d.service.payment = rng.bounded(2) ? (rng.bounded(2) ? PaymentMethod::Online : PaymentMethod::Desk)
                                           : PaymentMethod::None;
        if (rng.bounded(4))
            d.service.nationalSyncedAt = d.finishedAt.isValid() ? d.finishedAt.addSecs(600) : d.receivedAt;
        if (rng.bounded(3) == 0)
            d.service.reusedComponents = {c.id};
        d.service.paperComponents = rng.bounded(10) == 0 ? 1 : 0;
        if (rng.bounded(5) == 0)
            d.service.transfers
                = {{agencies[0], d.agencyCode, d.receivedAt.addSecs(3600), rng.bounded(5) > 0}};
        page.append(d);
        if (page.size() == 2000 || i == n - 1) {
            auto r = store.dossiers().applyChangesPage(page, QStringLiteral("bench-%1").arg(i));
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
            page.clear();
        }
    }
    if (bulk && !store.dossiers().endBulkLoad().ok())
        return 1;
    std::printf("filled %d dossiers\n", n);
    return 0;
}

int run(const QString &profile, const QString &periodText, int runs)
{
    auto opened = LocalStore::open(profile);
    auto period = Period::parse(periodText);
    if (!opened.ok() || !period.ok())
        return 1;
    LocalStore &store = *opened.value();
    auto set = indicatorsource::cachedSet(store.syncState());
    if (!set.ok() || !set.value())
        return 1;
    QList<double> times, cpu;
    IndicatorReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        auto scope = indicatorsource::cachedScope(store.database());
        if (!scope.ok())
            return 1;
        report = computeIndicators(**set, *scope, *period);
        times.append(t.nsecsElapsed() / 1e6);
        cpu.append(cpuMs() - cpu0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    //! The numbers, for the script to compare with sqlite3's.
    for (const IndicatorResult &r : report.results) {
        std::printf("%s %lld %lld\n", qPrintable(r.definition.id), r.total.numerator, r.total.denominator);
        std::printf("prev_%s %lld %lld\n", qPrintable(r.definition.id), r.previous.numerator,
                    r.previous.denominator);
    }
    std::printf("median_ms %.1f\n", times.at(times.size() / 2));
    std::printf("median_cpu_ms %.1f\n", cpu.at(cpu.size() / 2));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toInt());
    if (args.size() >= 5 && args.at(1) == QLatin1String("run"))
        return run(args.at(2), args.at(3), args.at(4).toInt());
    std::fprintf(stderr, "usage: motcua-bench-dashboard fill PROFILE N | run PROFILE PERIOD RUNS\n");
    return 2;
}
