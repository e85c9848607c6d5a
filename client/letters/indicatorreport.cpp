// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator report: the heading, the period's and groups' names and the CSV
//! for spreadsheets (the PDF: indicatorreportpdf.cpp).
#include "indicatorreport.h"

namespace motcua::letters {

namespace {

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 2) : QString();
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString roman(int q)
{
    static const char *const r[] = {"I", "II", "III", "IV"};
    return QString::fromLatin1(r[qBound(0, q - 1, 3)]);
}

} // namespace

QString vietnameseGroupName(IndicatorGroup g)
{
    switch (g) {
    case IndicatorGroup::Publicity:
        return QStringLiteral("Công khai, minh bạch");
    case IndicatorGroup::Progress:
        return QStringLiteral("Tiến độ, kết quả giải quyết");
    case IndicatorGroup::Digitization:
        return QStringLiteral("Số hóa hồ sơ");
    case IndicatorGroup::Online:
        return QStringLiteral("Dịch vụ công trực tuyến");
    case IndicatorGroup::Satisfaction:
        return QStringLiteral("Mức độ hài lòng");
    }
    return {};
}

QString vietnamesePeriod(const Period &p)
{
    const bool wholeMonths = p.first.day() == 1 && p.last.addDays(1).day() == 1;
    const int months = (p.last.year() - p.first.year()) * 12 + p.last.month() - p.first.month() + 1;
    if (wholeMonths && months == 1)
        return QStringLiteral("Tháng %1/%2")
            .arg(p.first.month(), 2, 10, QLatin1Char('0'))
            .arg(p.first.year());
    if (wholeMonths && months == 3 && (p.first.month() - 1) % 3 == 0)
        return QStringLiteral("Quý %1/%2").arg(roman((p.first.month() - 1) / 3 + 1)).arg(p.first.year());
    if (wholeMonths && months == 12 && p.first.month() == 1)
        return QStringLiteral("Năm %1").arg(p.first.year());
    return QStringLiteral("Từ %1 đến %2")
        .arg(p.first.toString(QStringLiteral("dd/MM/yyyy")), p.last.toString(QStringLiteral("dd/MM/yyyy")));
}

ReportHeading reportHeading(const QList<Agency> &agencies, const QList<Procedure> &procedures,
                            const QString &agencyCode, const QDate &date)
{
    ReportHeading h;
    h.date = date;
    const Agency *agency = nullptr;
    const Agency *root = nullptr;
    for (const Agency &a : agencies) {
        h.keyNames.insert(a.code, a.name);
        if (a.code == agencyCode)
            agency = &a;
        if (a.parentCode.isEmpty())
            root = &a;
    }
    for (const Procedure &p : procedures)
        h.keyNames.insert(p.code, p.name);
    const QString province = root ? root->name : QString();
    //! "Ủy ban nhân dân tỉnh Thái Nguyên" -> the place "Thái Nguyên".
    const qsizetype at = province.indexOf(QStringLiteral("tỉnh "), 0, Qt::CaseInsensitive);
    h.place = at >= 0 ? province.mid(at + 5) : QString();
    if (agency) {
        h.agencyName = agency->name;
        h.agencyCode = agency->code;
        h.scopeName = agency->name;
        const auto parent = std::find_if(agencies.cbegin(), agencies.cend(),
                                         [&](const Agency &a) { return a.code == agency->parentCode; });
        h.parentAgencyName = parent != agencies.cend() ? parent->name : QString();
    } else {
        h.agencyName = QStringLiteral("Văn phòng Ủy ban nhân dân");
        h.parentAgencyName = province;
        h.agencyCode = root ? root->code : QStringLiteral("VP");
        h.scopeName = province.isEmpty() ? QStringLiteral("toàn tỉnh")
                                         : QStringLiteral("toàn tỉnh (%1)").arg(province);
    }
    return h;
}

QByteArray indicatorReportCsv(const IndicatorReport &r, const ReportHeading &h)
{
    QStringList lines;
    lines << QStringLiteral("kind,group,indicator,name,key,numerator,denominator,percent,target,rag,score,"
                            "previous_percent");
    auto row = [&lines](const QStringList &fields) {
        QStringList out;
        for (const QString &f : fields)
            out << csvField(f);
        lines << out.join(QLatin1Char(','));
    };
    for (const IndicatorResult &x : r.results) {
        const IndicatorDefinition &d = x.definition;
        row({QStringLiteral("indicator"), toWire(d.group), d.id, d.name, QString(),
             QString::number(x.total.numerator), QString::number(x.total.denominator),
             number(x.total.percent()), QString::number(d.target, 'f', 2), toWire(x.rag), number(x.score),
             number(x.previous.percent())});
        for (qsizetype m = 0; m < x.months.size() && m < r.months.size(); ++m)
            row({QStringLiteral("month"), toWire(d.group), d.id, d.name,
                 r.months[m].toString(QStringLiteral("yyyy-MM")), QString::number(x.months[m].numerator),
                 QString::number(x.months[m].denominator), number(x.months[m].percent()),
                 QString::number(d.target, 'f', 2), QString(), QString(), QString()});
        for (auto it = x.byKey.cbegin(); it != x.byKey.cend(); ++it)
            row({QStringLiteral("breakdown"), toWire(d.group), d.id, h.keyNames.value(it.key(), it.key()),
                 it.key(), QString::number(it->numerator), QString::number(it->denominator),
                 number(it->percent()), QString::number(d.target, 'f', 2), QString(), QString(), QString()});
    }
    for (const GroupScore &g : r.groups)
        row({QStringLiteral("group"), toWire(g.group), QString(), vietnameseGroupName(g.group), QString(),
             QString(), QString(), QString(), QString::number(g.weight, 'f', 2), QString(), number(g.score),
             QString()});
    row({QStringLiteral("total"), QString(), QString(), h.scopeName, QString(), QString(), QString(),
         QString(), QStringLiteral("100.00"), QString(), number(r.score), QString()});
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace motcua::letters
