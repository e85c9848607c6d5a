// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-bench-inbox fill PROFILE N     — N synthetic Vietnamese dossiers via the store API
// motcua-bench-inbox search PROFILE     — keystroke → updated InboxModel, median and p95 in ms;
//                                          prints the FTS query texts for the reference run
#include "appcontroller.h"
#include "inboxmodel.h"
#include "workspace.h"

#include "core/json.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace motcua;

namespace {

const char *const kSurnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                                 "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
const char *const kMiddles[] = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thu", "Xuân"};
const char *const kGivens[] = {"An", "Bình", "Châu", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hoà", "Hùng",
                               "Khánh", "Lan", "Long", "Mai", "Nam", "Ngọc", "Phúc", "Quân", "Sơn", "Thảo",
                               "Trang", "Tuấn", "Uyên", "Việt", "Yến", "Ánh", "Ân", "Ý", "Đông", "Hưng"};
const char *const kStreets[] = {"Trần Hưng Đạo", "Lê Lợi", "Nguyễn Huệ", "Hùng Vương", "Phan Châu Trinh",
                                "Bạch Đằng", "Quang Trung", "Điện Biên Phủ"};
const char *const kWards[] = {"phường Hải Châu", "phường Thạch Thang", "xã Điện Phước", "xã Hoà Tiến",
                              "phường An Hải", "thị trấn Ái Nghĩa"};

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

int fill(const QString &profile, int n)
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

    QRandomGenerator rng(20261123);
    WorkingCalendar cal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const DossierState states[] = {DossierState::Received,         DossierState::InReview,
                                   DossierState::InReview,         DossierState::InReview,
                                   DossierState::AwaitingApproval, DossierState::SupplementRequested,
                                   DossierState::Approved,         DossierState::AwaitingPayment};
    QList<Dossier> page;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const Proc &p = kProcedures[rng.bounded(int(std::size(kProcedures)))];
        Dossier d;
        d.id = QStringLiteral("bench-%1").arg(i, 7, 10, QLatin1Char('0'));
        d.code = QStringLiteral("000.00.04.H19-%1-%2")
                     .arg(QStringLiteral("26%1%2").arg(1 + rng.bounded(11), 2, 10, QLatin1Char('0')).arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0')))
                     .arg(i % 10000, 4, 10, QLatin1Char('0'));
        d.procedureCode = QString::fromUtf8(p.code);
        d.applicant.name = pick(rng, kSurnames, int(std::size(kSurnames))) + QLatin1Char(' ')
                           + pick(rng, kMiddles, int(std::size(kMiddles))) + QLatin1Char(' ')
                           + pick(rng, kGivens, int(std::size(kGivens)));
        d.applicant.idNumber = QStringLiteral("0%1").arg(qint64(rng.bounded(100000000)) * 1000 + i % 1000, 11, 10,
                                                          QLatin1Char('0'));
        d.applicant.address = QStringLiteral("Số %1 đường %2, %3")
                                  .arg(1 + rng.bounded(300))
                                  .arg(pick(rng, kStreets, int(std::size(kStreets))))
                                  .arg(pick(rng, kWards, int(std::size(kWards))));
        d.applicant.phone = QStringLiteral("09%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        d.applicant.email = QStringLiteral("");
        d.state = states[rng.bounded(int(std::size(states)))];
        d.agencyCode = rng.bounded(10) < 8 ? kAgency : other.code;
        d.assignee = rng.bounded(10) == 0 ? kUser : QStringLiteral("");
        d.receivedAt = now.addSecs(-qint64(rng.bounded(40 * 24)) * 3600);
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
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(d.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        c.size = 120000;
        c.mime = QStringLiteral("application/pdf");
        c.pages = 2;
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
    (void)store.syncState().setLastSync(now);
    std::printf("filled %d dossiers in %.1f s\n", n, timer.elapsed() / 1000.0);
    return 0;
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
    const QStringList typed = {QStringLiteral("nguyen van an"), QStringLiteral("tran thi mai"),
                               QStringLiteral("dang duc hung"), QStringLiteral("le minh thao"),
                               QStringLiteral("pham ngoc yen")};
    QList<double> ms;
    for (int round = 0; round < 3; ++round) {
        for (const QString &name : typed) {
            for (int len = 1; len <= name.size(); ++len) {
                QElapsedTimer t;
                t.start();
                model.setSearchText(name.left(len)); //! count + first page + counts per view
                const int rows = model.rowCount();
                if (rows > 0)
                    (void)model.data(model.index(0), InboxModel::ApplicantNameRole);
                ms.append(t.nsecsElapsed() / 1e6);
            }
            model.setSearchText(QString());
        }
    }
    std::printf("keystrokes=%lld total_rows=%d median_ms=%.2f p95_ms=%.2f\n", qsizetype(ms.size()), ws.store() ? model.totalCount() : 0,
                percentile(ms, 0.5), percentile(ms, 0.95));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("search"))
        return search(args.at(2));
    std::fprintf(stderr, "usage: motcua-bench-inbox fill PROFILE N | search PROFILE\n");
    return 2;
}
