// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-bench-inbox fill PROFILE N     — N synthetic Vietnamese dossiers via the store API
// motcua-bench-inbox search PROFILE     — keystroke → updated InboxModel, median and p95 in ms;
//                                          prints the FTS query texts for the reference run
#include "appcontroller.h"
#include "core/json.h"
#include "inboxmodel.h"
#include "store/localstore.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace motcua;

namespace {

const char *const kSurnames[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",  "Vũ",
                                 "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
const char *const kMiddles[] = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thu", "Xuân"};
const char *const kGivens[]
    = {"An",    "Bình", "Châu", "Dũng", "Đạt", "Giang", "Hà",   "Hải",  "Hoà",  "Hùng",
       "Khánh", "Lan",  "Long", "Mai",  "Nam", "Ngọc",  "Phúc", "Quân", "Sơn",  "Thảo",
       "Trang", "Tuấn", "Uyên", "Việt", "Yến", "Ánh",   "Ân",   "Ý",    "Đông", "Hưng"};
const char *const kStreets[] = {"Trần Hưng Đạo",   "Lê Lợi",    "Nguyễn Huệ",  "Hùng Vương",
                                "Phan Châu Trinh", "Bạch Đằng", "Quang Trung", "Điện Biên Phủ"};
const char *const kWards[] = {"phường Hải Châu", "phường Thạch Thang", "xã Điện Phước",
                              "xã Hoà Tiến",     "phường An Hải",      "thị trấn Ái Nghĩa"};

struct Proc
{
    const char *code;
    const char *name;
    int days;
};
const Proc kProcedures[] = {
    {"1.001193", "Đăng ký khai sinh", 3},
    {"1.000894", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 15},
    {"2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", 1},
    {"1.000656", "Đăng ký kết hôn", 5},
    {"1.004227", "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", 30},
    {"1.001612", "Đăng ký thường trú", 7},
    {"2.001263", "Cấp phiếu lý lịch tư pháp", 10},
    {"1.002425", "Cấp giấy phép kinh doanh vận tải bằng xe ô tô", 5},
};

const QString kAgency = QStringLiteral("000.00.04.H19");
const QString kUser = QStringLiteral("chuyenvien1");

QString pick(QRandomGenerator &rng, const char *const *list, int n)
{
    return QString::fromUtf8(list[rng.bounded(n)]);
}

int fill(const QString &profile, int n, const QString &pdfPath)
{
    auto opened = LocalStore::open(profile);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    LocalStore &store = *opened.value();
    json::Me me;
    me.official.id = QStringLiteral("u1");
    me.official.username = kUser;
    me.official.fullName = QStringLiteral("Nguyễn Thị Thu Hà");
    me.official.agencyCode = kAgency;
    me.official.roles = {Role::Specialist};
    me.agency.code = kAgency;
    me.agency.name = QStringLiteral("Sở Tư pháp tỉnh Quảng Nam");
    me.agency.parentCode = QStringLiteral("000.00.00.H19");
    me.agency.level = QStringLiteral("department");
    QList<Procedure> procs;
    for (const Proc &p : kProcedures) {
        Procedure pr;
        pr.code = QString::fromUtf8(p.code);
        pr.name = QString::fromUtf8(p.name);
        pr.processingDays = p.days;
        pr.level = QStringLiteral("province");
        pr.requiredComponents = {{QStringLiteral("TK01"), QStringLiteral("Tờ khai"), true},
                                 {QStringLiteral("CCCD"), QStringLiteral("Căn cước công dân"), true}};
        procs.append(pr);
    }
    Agency other;
    other.code = QStringLiteral("000.00.12.H19");
    other.name = QStringLiteral("UBND xã Điện Phước");
    other.parentCode = QStringLiteral("000.00.00.H19");
    other.level = QStringLiteral("commune");
    if (!store.syncState().setMe(me).ok() || !store.reference().replaceProcedures(procs).ok()
        || !store.reference().replaceAgencies({me.agency, other}).ok()) {
        std::fprintf(stderr, "cannot write reference data\n");
        return 1;
    }

    //! Optional: a real PDF as the first component of the first dossiers, so the
    //! dossier screen has a document to show (screenshots).
    QString pdfSha;
    qint64 pdfSize = 0;
    if (!pdfPath.isEmpty()) {
        QFile f(pdfPath);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(pdfPath));
            return 1;
        }
        const QByteArray pdf = f.readAll();
        pdfSha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        pdfSize = pdf.size();
        if (!store.blobs().put(pdfSha, pdf).ok())
            return 1;
    }
    QRandomGenerator rng(20261123);
    WorkingCalendar cal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const DossierState states[]
        = {DossierState::Received, DossierState::InReview,         DossierState::InReview,
           DossierState::InReview, DossierState::AwaitingApproval, DossierState::SupplementRequested,
           DossierState::Approved, DossierState::AwaitingPayment};
    QList<Dossier> page;
    QElapsedTimer timer;
    timer.start();
    //! Like a first sync: indexes built once at the end.
    const bool bulk = store.dossiers().beginBulkLoad().valueOr(false);
    for (int i = 0; i < n; ++i) {
        const Proc &p = kProcedures[rng.bounded(int(std::size(kProcedures)))];
        Dossier d;
        d.id = QStringLiteral("bench-%1").arg(i, 7, 10, QLatin1Char('0'));
        d.code = QStringLiteral("000.00.04.H19-%1-%2")
                     .arg(QStringLiteral("26%1%2")
                              .arg(1 + rng.bounded(11), 2, 10, QLatin1Char('0'))
                              .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0')))
                     .arg(i % 10000, 4, 10, QLatin1Char('0'));
        d.procedureCode = QString::fromUtf8(p.code);
        d.applicant.name = pick(rng, kSurnames, int(std::size(kSurnames))) + QLatin1Char(' ')
            + pick(rng, kMiddles, int(std::size(kMiddles))) + QLatin1Char(' ')
            + pick(rng, kGivens, int(std::size(kGivens)));
        d.applicant.idNumber = QStringLiteral("0%1").arg(qint64(rng.bounded(100000000)) * 1000 + i % 1000, 11,
                                                         10, QLatin1Char('0'));
        d.applicant.address = QStringLiteral("Số %1 đường %2, %3")
                                  .arg(1 + rng.bounded(300))
                                  .arg(pick(rng, kStreets, int(std::size(kStreets))))
                                  .arg(pick(rng, kWards, int(std::size(kWards))));
        d.applicant.phone = QStringLiteral("09%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        d.applicant.email = QStringLiteral("");
        d.state = states[rng.bounded(int(std::size(states)))];
        d.agencyCode = rng.bounded(10) < 8 ? kAgency : other.code;
        d.assignee = rng.bounded(10) == 0 ? kUser : QStringLiteral("");
        //! Received within about twice the processing time: roughly a third overdue.
        d.receivedAt = now.addSecs(-qint64(rng.bounded((2 * p.days + 3) * 24)) * 3600);
        d.dueAt = cal.dueAt(d.receivedAt, p.days);
        if (d.state == DossierState::SupplementRequested) {
            d.supplementCount = 1;
            d.pausedAt = now.addDays(-1);
        }
        d.version = 1 + rng.bounded(5);
        Component c;
        c.id = d.id + QStringLiteral("-c1");
        c.name = QStringLiteral("Tờ khai");
        c.documentCode = QStringLiteral("TK01");
        c.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(d.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        c.size = 120000;
        c.mime = QStringLiteral("application/pdf");
        c.pages = 2;
        if (!pdfSha.isEmpty()) {
            c.sha256 = pdfSha;
            c.size = pdfSize;
        }
        d.components = {c};
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
    if (bulk && !store.dossiers().endBulkLoad().ok()) {
        std::fprintf(stderr, "cannot build the indexes\n");
        return 1;
    }
    //! A history across two agencies for the first dossiers (the timeline).
    const int withHistory = n <= 1000 ? n : 50;
    for (int i = 0; i < withHistory; ++i) {
        const QString id = QStringLiteral("bench-%1").arg(i, 7, 10, QLatin1Char('0'));
        auto step = [&](int k, ActionKind kind, const QString &agency, const QString &to, DossierState from,
                        DossierState toState, int daysAgo, const QString &note) {
            HistoryStep h;
            h.id = id + QStringLiteral("-h%1").arg(k);
            h.dossierId = id;
            h.action = kind;
            h.actor = k == 1 ? QStringLiteral("motcua1") : kUser;
            h.agencyCode = agency;
            h.toAgencyCode = to;
            h.fromState = from;
            h.toState = toState;
            h.at = now.addDays(-daysAgo);
            h.note = note;
            return h;
        };
        const QList<HistoryStep> steps = {
            step(1, ActionKind::Comment, other.code, QStringLiteral(""), DossierState::Received,
                 DossierState::Received, 4, QStringLiteral("Tiếp nhận tại Bộ phận Một cửa xã Điện Phước")),
            step(2, ActionKind::Forward, other.code, kAgency, DossierState::Received, DossierState::InReview,
                 3, QStringLiteral("Chuyển liên thông lên Sở Tư pháp")),
            step(3, ActionKind::Comment, kAgency, QStringLiteral(""), DossierState::InReview,
                 DossierState::InReview, 1, QStringLiteral("Đã đối chiếu bản chính, hồ sơ hợp lệ")),
        };
        (void)store.dossiers().replaceHistory(id, steps);
    }
    if (n <= 1000) {
        //! A small (screenshot) profile also gets actions waiting in the outbox and
        //! one conflict, so the inbox shows its sync badges.
        for (int i = 0; i < 4 && i < n; ++i) {
            auto d = store.dossiers().get(QStringLiteral("bench-%1").arg(i * 7, 7, 10, QLatin1Char('0')));
            if (!d.ok() || !d.value())
                continue;
            Action a;
            a.kind = ActionKind::Comment;
            a.dossierId = d.value()->id;
            a.idempotencyKey = QStringLiteral("bench-key-%1").arg(i);
            a.baseVersion = d.value()->version;
            a.payload
                = QJsonObject {{QStringLiteral("text"), QStringLiteral("Đã kiểm tra thành phần hồ sơ")}};
            a.createdAt = now;
            a.actor = kUser;
            auto id = store.outbox().enqueue(a, *d.value());
            if (id.ok() && i == 3)
                (void)store.outbox().markConflict(id.value(), QStringLiteral("another official acted first"),
                                                  *d.value());
        }
    }
    (void)store.syncState().setLastSync(now.addSecs(-25 * 60));
    std::printf("filled %d dossiers in %.1f s\n", n, timer.elapsed() / 1000.0);
    return 0;
}

//! CPU time of the calling thread in ms: what a keystroke costs the GUI thread,
//! less sensitive than wall time to the other processes on a shared machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5)));
}

int search(const QString &profile)
{
    Workspace ws;
    if (auto s = ws.open(profile); !s.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    InboxModel model(&ws, nullptr);
    model.setSearchDelay(0); //! leading edge: each keystroke after a pause queries at once
    //! What officials type: applicant names without diacritics, letter by letter.
    const QStringList typed
        = {QStringLiteral("nguyen van an"), QStringLiteral("tran thi mai"), QStringLiteral("dang duc hung"),
           QStringLiteral("le minh thao"), QStringLiteral("pham ngoc yen")};
    QList<double> ms;
    QList<double> countsMs;
    QList<double> cpuMs;
    for (int round = 0; round < 3; ++round) {
        for (const QString &name : typed) {
            //! From two characters: one character does not filter (InboxModel::kMinSearchLength).
            for (int len = InboxModel::kMinSearchLength; len <= name.size(); ++len) {
                QElapsedTimer t;
                t.start();
                const double cpu0 = threadCpuMs();
                //! First page (+ its count when it is not full; a fuller search is
                //! counted on the model's counting thread).
                model.setSearchText(name.left(len));
                const int rows = model.rowCount();
                if (rows > 0)
                    (void)model.data(model.index(0), InboxModel::ApplicantNameRole);
                ms.append(t.nsecsElapsed() / 1e6);
                cpuMs.append(threadCpuMs() - cpu0);
            }
            //! The view counts, refreshed when typing pauses (not part of a keystroke).
            QElapsedTimer c;
            c.start();
            model.refreshCounts();
            countsMs.append(c.nsecsElapsed() / 1e6);
            model.setSearchText(QString());
        }
    }
    std::printf(
        "keystrokes=%lld median_ms=%.2f p95_ms=%.2f gui_thread_cpu_median_ms=%.2f (view counts after a "
        "pause: median_ms=%.2f)\n",
        qsizetype(ms.size()), percentile(ms, 0.5), percentile(ms, 0.95), percentile(cpuMs, 0.5),
        percentile(countsMs, 0.5));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toInt(), args.value(4));
    if (args.size() >= 3 && args.at(1) == QLatin1String("search"))
        return search(args.at(2));
    std::fprintf(stderr, "usage: motcua-bench-inbox fill PROFILE N [PDF] | search PROFILE\n");
    return 2;
}
