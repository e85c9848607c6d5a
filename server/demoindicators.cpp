// SPDX-License-Identifier: GPL-3.0-or-later
//! The demo province's indicator set: the five groups of Decision 766/QĐ-TTg
//! with the targets of the provincial plans in docs/indicators.md.
#include "demodata.h"

namespace motcua::server::demo {

IndicatorSet indicatorSet()
{
    using G = IndicatorGroup;
    using U = IndicatorUnit;
    using P = PeriodRule;
    const QString d766 = QStringLiteral("Quyết định 766/QĐ-TTg ngày 23/6/2022");
    const QString ct06 = QStringLiteral("Chỉ thị 06/CT-UBND (2024), Phụ lục, mục %1");
    auto def = [](const char *id, G g, const char *name, const char *nameEn, U unit, P period,
                  const char *num, const char *den, double weight, double target, QString source) {
        IndicatorDefinition d;
        d.id = QString::fromUtf8(id);
        d.group = g;
        d.name = QString::fromUtf8(name);
        d.nameEn = QString::fromUtf8(nameEn);
        d.unit = unit;
        d.period = period;
        d.numerator = QString::fromUtf8(num);
        d.denominator = QString::fromUtf8(den);
        d.weight = weight;
        d.target = target;
        d.source = std::move(source);
        return d;
    };
    IndicatorSet set;
    set.province = QStringLiteral("H19");
    set.name = QStringLiteral("Bộ chỉ số phục vụ người dân, doanh nghiệp tỉnh Thái Nguyên");
    set.indicators = {
        def("national_sync", G::Publicity, "Hồ sơ, kết quả đồng bộ lên Cổng Dịch vụ công quốc gia",
            "Dossiers and results synchronised to the national portal", U::Dossier, P::Received, "synced",
            "received", 18, 100, ct06.arg(11)),
        def("on_time", G::Progress, "Hồ sơ giải quyết đúng hạn", "Dossiers processed on time", U::Dossier,
            P::Finished, "on_time", "finished", 12, 100, d766),
        def("apology", G::Progress, "Hồ sơ trễ hạn có văn bản xin lỗi",
            "Late dossiers with an apology letter", U::Dossier, P::Finished, "late_apology", "late", 4, 100,
            QStringLiteral("Kế hoạch cải cách TTHC của tỉnh, mục 2.5")),
        def("electronic_transfer", G::Progress, "Hồ sơ luân chuyển giữa các cơ quan bằng phương thức điện tử",
            "Transfers between agencies done electronically", U::Transfer, P::Transferred,
            "electronic_transfer", "transfer", 4, 80, QStringLiteral("Kế hoạch 2023-2025 của tỉnh, mục 13")),
        def("digitized_dossiers", G::Digitization, "Hồ sơ được số hóa", "Dossiers digitized", U::Dossier,
            P::Received, "digitized", "received", 8, 100, ct06.arg(12)),
        def("electronic_results", G::Digitization, "Kết quả giải quyết cấp điện tử",
            "Results issued electronically", U::Dossier, P::Finished, "result_electronic", "result_issued", 6,
            100, ct06.arg(12)),
        def("signed_results", G::Digitization, "Kết quả điện tử được ký số",
            "Electronic results digitally signed", U::Dossier, P::Finished, "result_signed",
            "result_electronic", 4, 100, ct06.arg(12)),
        def("reuse", G::Digitization, "Thành phần hồ sơ tái sử dụng dữ liệu đã số hóa",
            "Input components reused from the e-data warehouse", U::Component, P::Received,
            "reused_component", "input_component", 4, 50, ct06.arg(13)),
        def("online_dossiers", G::Online, "Hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận",
            "Online dossiers among those received", U::Dossier, P::Received, "online", "received", 12, 50,
            ct06.arg(9)),
        def("online_payment", G::Online, "Thanh toán trực tuyến trên tổng số giao dịch thanh toán",
            "Online payments among all payments", U::Dossier, P::Received, "paid_online", "paid", 10, 45,
            ct06.arg(10)),
        def("satisfaction", G::Satisfaction, "Mức độ hài lòng của người dân, doanh nghiệp",
            "Citizens and businesses satisfied", U::Dossier, P::Finished, "satisfied", "rated", 18, 90,
            ct06.arg(8)),
        def("satisfaction_land", G::Satisfaction, "Mức độ hài lòng lĩnh vực đất đai, xây dựng, đầu tư",
            "Satisfied: land, construction and investment", U::Dossier, P::Finished, "satisfied", "rated", 0,
            85, ct06.arg(8)),
    };
    //! Land and construction procedures of the demo directory (demodata.cpp).
    set.indicators.last().procedures
        = {QStringLiteral("1.009972"), QStringLiteral("1.009974"), QStringLiteral("1.011612"),
           QStringLiteral("1.004227"), QStringLiteral("1.003010")};
    return set;
}

} // namespace motcua::server::demo
