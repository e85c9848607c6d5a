// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "http.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::server::demo {

QString agencyA()
{
    return QStringLiteral("H19.X01");
}
QString agencyB()
{
    return QStringLiteral("H19.01");
}

QList<Agency> agencies()
{
    const QString root = QStringLiteral("H19");
    auto a = [](const char *code, const char *name, const char *parent, const char *level, const char *kind) {
        return Agency {QString::fromUtf8(code), QString::fromUtf8(name), QString::fromUtf8(parent),
                       QString::fromUtf8(level), QString::fromUtf8(kind)};
    };
    return {
        Agency {root,
                QStringLiteral("Ủy ban nhân dân tỉnh Thái Nguyên"),
                {},
                QStringLiteral("province"),
                QStringLiteral("people_committee")},
        a("H19.01", "Sở Tư pháp", "H19", "department", "department"),
        a("H19.02", "Sở Xây dựng", "H19", "department", "department"),
        a("H19.03", "Sở Tài chính", "H19", "department", "department"),
        a("H19.04", "Sở Nông nghiệp và Môi trường", "H19", "department", "department"),
        a("H19.05", "Sở Y tế", "H19", "department", "department"),
        a("H19.06", "Sở Giáo dục và Đào tạo", "H19", "department", "department"),
        a("H19.07", "Sở Nội vụ", "H19", "department", "department"),
        a("H19.08", "Sở Công Thương", "H19", "department", "department"),
        a("H19.09", "Sở Văn hóa, Thể thao và Du lịch", "H19", "department", "department"),
        a("H19.10", "Sở Khoa học và Công nghệ", "H19", "department", "department"),
        a("H19.20", "Công an tỉnh Thái Nguyên", "H19", "province", "police"),
        a("H19.21", "Thuế tỉnh Thái Nguyên", "H19", "province", "tax"),
        a("H19.22", "Bảo hiểm xã hội tỉnh Thái Nguyên", "H19", "province", "social_insurance"),
        a("H19.30", "Trung tâm Phục vụ hành chính công tỉnh", "H19", "province", "service_center"),
        a("H19.X01", "Ủy ban nhân dân phường Phan Đình Phùng", "H19", "commune", "people_committee"),
        a("H19.X02", "Ủy ban nhân dân phường Gia Sàng", "H19", "commune", "people_committee"),
        a("H19.X03", "Ủy ban nhân dân phường Quyết Thắng", "H19", "commune", "people_committee"),
        a("H19.X04", "Ủy ban nhân dân phường Phổ Yên", "H19", "commune", "people_committee"),
        a("H19.X05", "Ủy ban nhân dân phường Sông Công", "H19", "commune", "people_committee"),
        a("H19.X06", "Ủy ban nhân dân xã Đại Từ", "H19", "commune", "people_committee"),
        a("H19.X07", "Ủy ban nhân dân xã Phú Bình", "H19", "commune", "people_committee"),
        a("H19.X08", "Ủy ban nhân dân xã Đồng Hỷ", "H19", "commune", "people_committee"),
        a("H19.X09", "Ủy ban nhân dân xã Võ Nhai", "H19", "commune", "people_committee"),
        a("H19.X10", "Ủy ban nhân dân phường Đức Xuân", "H19", "commune", "people_committee"),
        a("H19.X11", "Ủy ban nhân dân xã Ba Bể", "H19", "commune", "people_committee"),
        a("H19.X12", "Ủy ban nhân dân xã Chợ Đồn", "H19", "commune", "people_committee"),
        a("H19.X13", "Ủy ban nhân dân xã Na Rì", "H19", "commune", "people_committee"),
        a("H19.X14", "Ủy ban nhân dân xã Định Hóa", "H19", "commune", "people_committee"),
    };
}

QList<Procedure> procedures()
{
    //! The demo catalogue is data (resources/demo/procedures.json): code, name,
    //! processing_days, retention_years, fee, level and the required components as
    //! [document code, name] pairs. Same-day procedures (processing_days 0) are so
    //! by law: Luật Hộ tịch 2014 Art. 16(2) (birth) and Art. 34(2) (death) - registered
    //! "ngay sau khi nhận đủ giấy tờ".
    QFile file(QStringLiteral(":/demo/procedures.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcServer) << "demo procedures missing from the resources";
        return {};
    }
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    QList<Procedure> out;
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        Procedure pr;
        pr.code = p.value(QStringLiteral("code")).toString();
        pr.name = p.value(QStringLiteral("name")).toString();
        pr.processingDays = p.value(QStringLiteral("processing_days")).toInt();
        pr.retentionYears = p.value(QStringLiteral("retention_years")).toInt();
        pr.fee = qint64(p.value(QStringLiteral("fee")).toDouble());
        pr.level = p.value(QStringLiteral("level")).toString();
        //! Land procedures: time waiting for the applicant's financial obligations is
        //! not processing time (Decree 43/2014/NĐ-CP Art. 61(4), kept by Decree 101/2024/NĐ-CP).
        pr.feeWaitExcluded = pr.name.contains(QStringLiteral("đất"));
        for (const QJsonValue &c : p.value(QStringLiteral("components")).toArray())
            pr.requiredComponents.append({c[0].toString(), c[1].toString(), true});
        pr.requiredComponents.append(
            {QStringLiteral("KHAC"), QStringLiteral("Giấy tờ khác (nếu có)"), false});
        out.append(pr);
    }
    if (out.isEmpty())
        qCCritical(lcServer) << "demo procedures unreadable";
    return out;
}

QList<DemoUser> users()
{
    const QString a = agencyA(), b = agencyB();
    return {
        {QStringLiteral("chuyenvien1"),
         QStringLiteral("Nguyễn Thị Thu Hà"),
         a,
         {QStringLiteral("specialist")}},
        {QStringLiteral("lanhdao1"), QStringLiteral("Trần Văn Hùng"), a, {QStringLiteral("supervisor")}},
        {QStringLiteral("motcua1"), QStringLiteral("Lê Thị Mai Anh"), a, {QStringLiteral("desk_staff")}},
        {QStringLiteral("chuyenvien2"), QStringLiteral("Phạm Minh Đức"), b, {QStringLiteral("specialist")}},
        {QStringLiteral("lanhdao2"), QStringLiteral("Hoàng Thị Lan"), b, {QStringLiteral("supervisor")}},
        {QStringLiteral("motcua2"), QStringLiteral("Vũ Quốc Khánh"), b, {QStringLiteral("desk_staff")}},
        {QStringLiteral("chuyenvien3"),
         QStringLiteral("Đặng Thị Ngọc Ánh"),
         QStringLiteral("H19.20"),
         {QStringLiteral("specialist")}},
        {QStringLiteral("admin"),
         QStringLiteral("Quản trị hệ thống"),
         QStringLiteral("H19"),
         {QStringLiteral("admin")}},
    };
}

QStringList familyNames()
{
    return QStringLiteral("Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Triệu,"
                          "Ma,Nông,Lục,Hà")
        .split(QLatin1Char(','));
}
QStringList middleNames()
{
    return QStringLiteral("Văn,Thị,Đức,Minh,Thị Thu,Quốc,Hữu,Thị Ngọc,Thanh,Xuân,Công,Thị Bích,Đình,Kim,Bảo")
        .split(QLatin1Char(','));
}
QStringList givenNames()
{
    return QStringLiteral(
               "An,Bình,Cường,Dũng,Giang,Hà,Hải,Hạnh,Hiếu,Hoa,Hùng,Hương,Khánh,Lan,Linh,Long,Mai,Nam,"
               "Nga,Ngọc,Phương,Quân,Quỳnh,Sơn,Tâm,Thảo,Thắng,Thủy,Trang,Trung,Tuấn,Uyên,Việt,Yến,Ánh,Đạt")
        .split(QLatin1Char(','));
}
QStringList streets()
{
    return QStringLiteral("đường Hoàng Văn Thụ,đường Lương Ngọc Quyến,đường Bắc Kạn,đường Phan Đình Phùng,"
                          "đường Quang Trung,đường Cách Mạng Tháng Tám,đường Thống Nhất,đường Z115,"
                          "đường Tân Thịnh,đường Dương Tự Minh,tổ dân phố Đồng Tâm,xóm Làng Chủ,thôn Nà "
                          "Làng,bản Nà Phặc")
        .split(QLatin1Char(','));
}

} // namespace motcua::server::demo
