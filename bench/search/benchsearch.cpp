// SPDX-License-Identifier: GPL-3.0-or-later
//! motcua-bench-search: fills a profile's cache with synthetic Vietnamese
//! dossiers and measures the inbox search (DossierRepository::list with a
//! name) per query. Writes the same queries as SQL for the sqlite3 shell so
//! that bench/search.sh can time the reference on the same file in the same run.
#include "store/localstore.h"
#include "store/textfold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace motcua;

namespace {

const QStringList kFamily = {
    QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),   QStringLiteral("Phạm"),
    QStringLiteral("Hoàng"),  QStringLiteral("Huỳnh"), QStringLiteral("Phan"), QStringLiteral("Vũ"),
    QStringLiteral("Võ"),     QStringLiteral("Đặng"), QStringLiteral("Bùi"),  QStringLiteral("Đỗ"),
    QStringLiteral("Hồ"),     QStringLiteral("Ngô"),  QStringLiteral("Dương"), QStringLiteral("Lý")};
const QStringList kMiddle = {QStringLiteral("Văn"),  QStringLiteral("Thị"),   QStringLiteral("Hữu"),
                             QStringLiteral("Đức"),  QStringLiteral("Minh"),  QStringLiteral("Ngọc"),
                             QStringLiteral("Thanh"), QStringLiteral("Quốc"), QStringLiteral("Xuân"),
                             QStringLiteral("Thu")};
const QStringList kGiven = {
    QStringLiteral("An"),    QStringLiteral("Bình"),  QStringLiteral("Cường"), QStringLiteral("Dũng"),
    QStringLiteral("Đạt"),   QStringLiteral("Giang"), QStringLiteral("Hà"),    QStringLiteral("Hải"),
    QStringLiteral("Hạnh"),  QStringLiteral("Hòa"),   QStringLiteral("Hùng"),  QStringLiteral("Hương"),
    QStringLiteral("Khánh"), QStringLiteral("Lan"),   QStringLiteral("Linh"),  QStringLiteral("Long"),
    QStringLiteral("Mai"),   QStringLiteral("Nam"),   QStringLiteral("Nga"),   QStringLiteral("Phúc"),
    QStringLiteral("Phương"), QStringLiteral("Quang"), QStringLiteral("Quân"), QStringLiteral("Sơn"),
    QStringLiteral("Tâm"),   QStringLiteral("Thảo"),  QStringLiteral("Thủy"),  QStringLiteral("Trang"),
    QStringLiteral("Trung"), QStringLiteral("Tuấn"),  QStringLiteral("Vy"),    QStringLiteral("Yến")};
const QStringList kPlaces = {QStringLiteral("Phường Tràng Tiền, Hà Nội"), QStringLiteral("Xã Mường Lống, Nghệ An"),
                             QStringLiteral("Phường Bến Nghé, TP. Hồ Chí Minh"),
                             QStringLiteral("Xã Đồng Văn, Tuyên Quang"), QStringLiteral("Phường Hải Châu, Đà Nẵng")};

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(qsizetype(list.size()))));
}

QString randomName(QRandomGenerator &rng)
{
    return pick(rng, kFamily) + QLatin1Char(' ') + pick(rng, kMiddle) + QLatin1Char(' ') + pick(rng, kGiven);
}

Dossier synthetic(int i, QRandomGenerator &rng)
{
    Dossier d;
    d.id = QStringLiteral("d%1").arg(i, 6, 10, QLatin1Char('0'));
    d.code = QStringLiteral("000.00.04.H19-2611%1-%2").arg(i % 30 + 1, 2, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0'));
    d.procedureCode = QStringLiteral("1.00%1").arg(1000 + i % 40);
    d.applicant.name = randomName(rng);
    d.applicant.idNumber = QStringLiteral("0%1").arg(10000000000LL + i * 7919LL % 89999999999LL);
    d.applicant.address = QStringLiteral("Số %1, ").arg(i % 200 + 1) + pick(rng, kPlaces);
    d.state = DossierState(int(rng.bounded(7)));
    d.agencyCode = QStringLiteral("H19.%1").arg(i % 12, 2, 10, QLatin1Char('0'));
    d.assignee = i % 5 == 0 ? QStringLiteral("chuyenvien%1").arg(i % 20) : QString();
    const QDateTime base(QDate(2026, 1, 5), QTime(1, 0), Qt::UTC);
    d.receivedAt = base.addSecs(qint64(i) * 271);
    d.dueAt = d.receivedAt.addDays(5 + i % 20);
    d.version = 1;
    Component c;
    c.id = d.id + QStringLiteral("-1");
    c.name = QStringLiteral("Đơn đề nghị");
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(d.id.toUtf8(), QCryptographicHash::Sha256).toHex());
    c.size = 100000 + i;
    c.mime = QStringLiteral("application/pdf");
    c.pages = 2;
    d.components = {c};
    return d;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

QString sqlLiteral(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    if (v.metaType().id() == QMetaType::QString) {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    return v.toString();
}

QString inlined(QString sql, const QVariantList &binds)
{
    qsizetype pos = 0;
    for (const QVariant &b : binds) {
        pos = sql.indexOf(QLatin1Char('?'), pos);
        if (pos < 0)
            break;
        const QString lit = sqlLiteral(b);
        sql.replace(pos, 1, lit);
        pos += lit.size();
    }
    return sql;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search latency over a filled local cache."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile directory (created)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Dossiers in the cache."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Name searches to time."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("sql-out"), QStringLiteral("Write the same queries for the sqlite3 shell."),
                      QStringLiteral("file")});
    parser.process(app);
    const QString profile = parser.value(QStringLiteral("profile"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int queries = parser.value(QStringLiteral("queries")).toInt();
    if (profile.isEmpty() || count <= 0 || queries <= 0) {
        std::fprintf(stderr, "usage: motcua-bench-search --profile DIR [--count N] [--queries N] [--sql-out FILE]\n");
        return 2;
    }
    auto opened = LocalStore::open(profile);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    LocalStore &store = **opened;

    QRandomGenerator rng(468);
    const int existing = store.dossiers().total().valueOr(0);
    QElapsedTimer fillTimer;
    fillTimer.start();
    constexpr int kPage = 1000;
    for (int start = existing; start < count; start += kPage) {
        QList<Dossier> page;
        for (int i = start; i < std::min(count, start + kPage); ++i)
            page << synthetic(i, rng);
        auto r = store.dossiers().applyChangesPage(page, QStringLiteral("bench-%1").arg(start));
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
    }
    const double fillSeconds = double(fillTimer.nsecsElapsed()) / 1e9;
    if (count > existing)
        std::printf("fill_dossiers=%d fill_seconds=%.2f fill_per_second=%.0f\n", count - existing, fillSeconds,
                    double(count - existing) / fillSeconds);

    // The queries: full names typed without diacritics, as officials do.
    QRandomGenerator qrng(766);
    QList<InboxQuery> list;
    for (int i = 0; i < queries; ++i) {
        InboxQuery q;
        q.search = textfold::fold(randomName(qrng));
        q.limit = 50;
        list << q;
    }
    QList<double> ms;
    QList<int> hits;
    for (int i = 0; i < 5; ++i) // warm the page cache and the statement cache
        (void)store.dossiers().list(list.at(i % list.size()));
    for (const InboxQuery &q : std::as_const(list)) {
        QElapsedTimer t;
        t.start();
        auto r = store.dossiers().list(q);
        ms << double(t.nsecsElapsed()) / 1e6;
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        hits << int(r->size());
    }
    // The same statements through Qt Sql without decoding the dossiers: splits
    // our time between SQLite and the JSON decoding of the rows.
    QList<double> sqlMs;
    for (const InboxQuery &q : std::as_const(list)) {
        const auto [sql, binds] = DossierRepository::listStatement(q);
        QElapsedTimer t;
        t.start();
        auto r = store.database().run(sql, binds);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        qsizetype bytes = 0;
        while ((*r)->next())
            bytes += (*r)->value(0).toString().size();
        (*r)->finish();
        sqlMs << double(t.nsecsElapsed()) / 1e6;
        Q_UNUSED(bytes);
    }
    std::printf("cache_dossiers=%d queries=%d median_hits=%d\n", store.dossiers().total().valueOr(0), queries,
                hits.isEmpty() ? 0 : [&] { QList<int> h = hits; std::sort(h.begin(), h.end()); return h.at(h.size() / 2); }());
    std::printf("motcua_search_median_ms=%.3f motcua_search_p95_ms=%.3f (of which SQL through Qt Sql: median %.3f)\n",
                median(ms), percentile(ms, 0.95), median(sqlMs));

    const QString sqlOut = parser.value(QStringLiteral("sql-out"));
    if (!sqlOut.isEmpty()) {
        QFile f(sqlOut);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(sqlOut));
            return 1;
        }
        QTextStream out(&f);
        out << ".output /dev/null\n";
        for (int i = 0; i < 5; ++i) {
            const auto [sql, binds] = DossierRepository::listStatement(list.at(i % list.size()));
            out << inlined(sql, binds) << ";\n";
        }
        out << ".timer on\n";
        for (const InboxQuery &q : std::as_const(list)) {
            const auto [sql, binds] = DossierRepository::listStatement(q);
            out << inlined(sql, binds) << ";\n";
        }
    }
    return 0;
}
