// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

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
    struct P
    {
        const char *code;
        const char *name;
        int days;
        int retention;
        qint64 fee;
        const char *level;
        QList<QPair<const char *, const char *>> comps;
    };
    const QList<P> list {
        //! Same-day by law (processing time 0): Luật Hộ tịch 2014 Art. 16(2) (birth) and
        //! Art. 34(2) (death) - registered "ngay sau khi nhận đủ giấy tờ".
        {"1.001193",
         "Đăng ký khai sinh",
         0,
         0,
         0,
         "commune",
         {{"TK-KS", "Tờ khai đăng ký khai sinh"}, {"GCS", "Giấy chứng sinh"}}},
        {"1.000894",
         "Đăng ký kết hôn",
         3,
         0,
         0,
         "commune",
         {{"TK-KH", "Tờ khai đăng ký kết hôn"}, {"XNTTHN", "Giấy xác nhận tình trạng hôn nhân"}}},
        {"1.000656",
         "Đăng ký khai tử",
         0,
         0,
         0,
         "commune",
         {{"TK-KT", "Tờ khai đăng ký khai tử"}, {"GBT", "Giấy báo tử"}}},
        {"1.004873",
         "Cấp Giấy xác nhận tình trạng hôn nhân",
         3,
         10,
         15000,
         "commune",
         {{"TK-XNHN", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"}}},
        {"1.001022",
         "Đăng ký nhận cha, mẹ, con",
         3,
         0,
         15000,
         "commune",
         {{"TK-NCMC", "Tờ khai đăng ký nhận cha, mẹ, con"},
          {"CC-QH", "Chứng cứ chứng minh quan hệ cha, mẹ, con"}}},
        {"1.004859",
         "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
         3,
         0,
         15000,
         "commune",
         {{"TK-CC", "Tờ khai đăng ký thay đổi, cải chính hộ tịch"}}},
        {"2.000635",
         "Cấp bản sao trích lục hộ tịch",
         1,
         5,
         8000,
         "commune",
         {{"TK-TL", "Tờ khai cấp bản sao trích lục hộ tịch"}}},
        {"2.000908",
         "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
         1,
         2,
         2000,
         "commune",
         {{"BC", "Bản chính giấy tờ"}}},
        {"2.000884",
         "Chứng thực chữ ký trong các giấy tờ, văn bản",
         1,
         2,
         10000,
         "commune",
         {{"VB-CK", "Giấy tờ, văn bản cần chứng thực chữ ký"}}},
        {"1.003583",
         "Đăng ký giám hộ",
         3,
         0,
         0,
         "commune",
         {{"TK-GH", "Tờ khai đăng ký giám hộ"}, {"VB-CD", "Văn bản cử người giám hộ"}}},
        {"1.001612",
         "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
         10,
         5,
         200000,
         "department",
         {{"TK-LLTP", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"}, {"CCCD", "Bản chụp Căn cước công dân"}}},
        {"2.000488",
         "Đăng ký hoạt động Văn phòng công chứng",
         10,
         20,
         1000000,
         "department",
         {{"DN-VPCC", "Đơn đề nghị đăng ký hoạt động"}, {"QD-TL", "Quyết định cho phép thành lập"}}},
        {"1.008455",
         "Cấp Chứng chỉ hành nghề luật sư",
         20,
         20,
         800000,
         "department",
         {{"GDN", "Giấy đề nghị cấp Chứng chỉ"}, {"BTN", "Bằng tốt nghiệp đào tạo nghề luật sư"}}},
        {"1.009972",
         "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II",
         20,
         0,
         150000,
         "department",
         {{"DN-GPXD", "Đơn đề nghị cấp giấy phép xây dựng"},
          {"BV-TK", "Bản vẽ thiết kế xây dựng"},
          {"GCN-QSDD", "Giấy chứng nhận quyền sử dụng đất"}}},
        {"1.009974",
         "Cấp giấy phép xây dựng sửa chữa, cải tạo công trình",
         20,
         0,
         150000,
         "department",
         {{"DN-GPXD", "Đơn đề nghị cấp giấy phép xây dựng"}, {"BV-HT", "Bản vẽ hiện trạng"}}},
        {"1.011612",
         "Cấp Chứng chỉ hành nghề hoạt động xây dựng",
         20,
         10,
         300000,
         "department",
         {{"DN-CCHN", "Đơn đề nghị cấp chứng chỉ hành nghề"}, {"VB-CM", "Văn bằng chuyên môn"}}},
        {"1.004227",
         "Đăng ký đất đai, tài sản gắn liền với đất lần đầu",
         20,
         0,
         100000,
         "commune",
         {{"DK-DD", "Đơn đăng ký đất đai, tài sản gắn liền với đất"},
          {"GT-NG", "Giấy tờ về nguồn gốc sử dụng đất"}}},
        {"1.003010",
         "Cấp đổi Giấy chứng nhận quyền sử dụng đất",
         7,
         0,
         50000,
         "department",
         {{"DN-CD", "Đơn đề nghị cấp đổi Giấy chứng nhận"}, {"GCN", "Bản gốc Giấy chứng nhận đã cấp"}}},
        {"1.001757",
         "Cấp giấy phép khai thác nước dưới đất",
         30,
         10,
         500000,
         "department",
         {{"DN-KTN", "Đơn đề nghị cấp giấy phép"}, {"BC-KQ", "Báo cáo kết quả thăm dò"}}},
        {"2.001612",
         "Cấp Giấy chứng nhận đăng ký hộ kinh doanh",
         3,
         10,
         100000,
         "commune",
         {{"GDN-HKD", "Giấy đề nghị đăng ký hộ kinh doanh"}, {"CCCD", "Bản chụp Căn cước công dân"}}},
        {"1.001570",
         "Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm",
         15,
         5,
         700000,
         "department",
         {{"DN-ATTP", "Đơn đề nghị cấp Giấy chứng nhận"}, {"TM-CS", "Bản thuyết minh về cơ sở vật chất"}}},
        {"1.000940",
         "Cấp Giấy phép bán lẻ sản phẩm thuốc lá",
         15,
         5,
         1100000,
         "department",
         {{"DN-TL", "Đơn đề nghị cấp Giấy phép"}}},
        {"1.002010",
         "Cấp chứng chỉ hành nghề dược",
         20,
         10,
         500000,
         "department",
         {{"DN-CCD", "Đơn đề nghị cấp Chứng chỉ hành nghề dược"}, {"VB-CM", "Văn bằng chuyên môn"}}},
        {"1.001873",
         "Cấp giấy phép hoạt động đối với phòng khám đa khoa",
         30,
         10,
         5700000,
         "department",
         {{"DN-GPHĐ", "Đơn đề nghị cấp giấy phép hoạt động"}, {"DS-NS", "Danh sách nhân sự"}}},
        {"1.005092",
         "Công nhận tốt nghiệp trung học cơ sở",
         10,
         0,
         0,
         "department",
         {{"DS-TN", "Danh sách đề nghị công nhận tốt nghiệp"}}},
        {"1.005388",
         "Chuyển trường đối với học sinh trung học phổ thông",
         3,
         5,
         0,
         "department",
         {{"DN-CT", "Đơn xin chuyển trường"}, {"HB", "Học bạ"}}},
        {"1.001978",
         "Đăng ký thường trú",
         7,
         0,
         20000,
         "province",
         {{"TK-CT01", "Tờ khai thay đổi thông tin cư trú (CT01)"},
          {"GT-CHO", "Giấy tờ chứng minh chỗ ở hợp pháp"}}},
        {"1.001981",
         "Đăng ký tạm trú",
         3,
         0,
         15000,
         "province",
         {{"TK-CT01", "Tờ khai thay đổi thông tin cư trú (CT01)"}}},
        {"2.001159",
         "Cấp Căn cước cho công dân từ đủ 14 tuổi trở lên",
         7,
         0,
         30000,
         "province",
         {{"TK-CC", "Tờ khai Căn cước"}}},
        {"1.007917",
         "Đăng ký thuế lần đầu đối với người nộp thuế là hộ kinh doanh, cá nhân kinh doanh",
         3,
         10,
         0,
         "province",
         {{"TK-01", "Tờ khai đăng ký thuế mẫu 03-ĐK-TCT"}}},
        {"1.007932",
         "Hoàn thuế thu nhập cá nhân",
         6,
         10,
         0,
         "province",
         {{"DN-HT", "Giấy đề nghị hoàn trả khoản thu ngân sách nhà nước"}}},
        {"1.001983",
         "Cấp lại sổ bảo hiểm xã hội",
         10,
         20,
         0,
         "province",
         {{"TK1-TS", "Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (TK1-TS)"}}},
        {"1.002013",
         "Giải quyết hưởng chế độ thai sản",
         6,
         20,
         0,
         "province",
         {{"GCS", "Bản sao giấy chứng sinh"}, {"DN-TS", "Danh sách đề nghị hưởng chế độ thai sản"}}},
        {"1.001996",
         "Giải quyết hưởng trợ cấp thất nghiệp",
         20,
         20,
         0,
         "province",
         {{"DN-TCTN", "Đề nghị hưởng trợ cấp thất nghiệp"}, {"QD-NV", "Quyết định thôi việc"}}},
        {"2.000286",
         "Trợ giúp xã hội thường xuyên đối với người cao tuổi",
         15,
         10,
         0,
         "commune",
         {{"TK-TGXH", "Tờ khai đề nghị trợ giúp xã hội"}}},
        {"1.001776",
         "Cấp giấy phép tổ chức lễ hội",
         15,
         5,
         0,
         "department",
         {{"VB-DN", "Văn bản đề nghị tổ chức lễ hội"}, {"KH-LH", "Kế hoạch tổ chức lễ hội"}}},
    };
    QList<Procedure> out;
    for (const P &p : list) {
        Procedure pr;
        pr.code = QString::fromUtf8(p.code);
        pr.name = QString::fromUtf8(p.name);
        pr.processingDays = p.days;
        pr.retentionYears = p.retention;
        pr.fee = p.fee;
        pr.level = QString::fromUtf8(p.level);
        //! Land procedures: time waiting for the applicant's financial obligations is
        //! not processing time (Decree 43/2014/NĐ-CP Art. 61(4), kept by Decree 101/2024/NĐ-CP).
        pr.feeWaitExcluded = pr.name.contains(QStringLiteral("đất"));
        for (const auto &c : p.comps)
            pr.requiredComponents.append({QString::fromUtf8(c.first), QString::fromUtf8(c.second), true});
        pr.requiredComponents.append(
            {QStringLiteral("KHAC"), QStringLiteral("Giấy tờ khác (nếu có)"), false});
        out.append(pr);
    }
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
