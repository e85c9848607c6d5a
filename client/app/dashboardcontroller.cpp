// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcontroller.h"

#include "appcontroller.h"
#include "displaytext.h"
#include "letters/indicatorreport.h"
#include "store/indicatorsource.h"
#include "store/localstore.h"
#include "store/referencerepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QUrl>

using namespace motcua;

namespace {
Period containing(const QDate &day, const QString &kind)
{
    QString text;
    if (kind == QLatin1String("month"))
        text = day.toString(QStringLiteral("yyyy-MM"));
    else if (kind == QLatin1String("year"))
        text = QString::number(day.year());
    else
        text = QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
    return Period::parse(text).valueOr(Period());
}
} // namespace

DashboardController::DashboardController(QObject *parent)
    : DashboardController(Workspace::instance(), parent)
{ }

DashboardController::DashboardController(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_tiles(this)
    , m_rows(this)
{
    m_period = containing(vietnamDate(m_workspace ? m_workspace->now() : QDateTime::currentDateTimeUtc()),
                          QStringLiteral("quarter"));
    if (m_workspace)
        connect(m_workspace, &Workspace::cacheChanged, this, &DashboardController::reload);
    //! Texts made here (not by qsTr in QML) follow a language switch too.
    connect(AppController::instance(), &AppController::languageChanged, this,
            &DashboardController::retranslate);
    reload();
}

void DashboardController::setPeriod(const QString &text)
{
    auto p = Period::parse(text);
    if (!p) {
        m_error = p.error().userMessage();
        Q_EMIT computed();
        return;
    }
    if (p->label == m_period.label)
        return;
    m_period = *p;
    Q_EMIT periodChanged();
    recompute();
}

QString DashboardController::periodText() const
{
    const Period &p = m_period;
    const bool wholeMonths = p.first.day() == 1 && p.last.addDays(1).day() == 1;
    const int months = (p.last.year() - p.first.year()) * 12 + p.last.month() - p.first.month() + 1;
    if (wholeMonths && months == 1)
        return tr("Month %1/%2").arg(p.first.month(), 2, 10, QLatin1Char('0')).arg(p.first.year());
    if (wholeMonths && months == 3 && (p.first.month() - 1) % 3 == 0)
        return tr("Quarter %1/%2").arg((p.first.month() - 1) / 3 + 1).arg(p.first.year());
    if (wholeMonths && months == 12 && p.first.month() == 1)
        return tr("Year %1").arg(p.first.year());
    return tr("%1 to %2")
        .arg(p.first.toString(QStringLiteral("dd/MM/yyyy")), p.last.toString(QStringLiteral("dd/MM/yyyy")));
}

void DashboardController::setBreakdown(const QString &text)
{
    const auto b = breakdownFromWire(text);
    m_breakdownChosen = true;
    if (!b || *b == m_breakdown)
        return;
    m_breakdown = *b;
    Q_EMIT breakdownChanged();
    recompute();
}

void DashboardController::setSelectedIndicator(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    fillBreakdown();
    Q_EMIT selectionChanged();
}

void DashboardController::choosePeriod(const QString &kind)
{
    const Period p
        = containing(vietnamDate(m_workspace ? m_workspace->now() : QDateTime::currentDateTimeUtc()), kind);
    if (p.isValid())
        setPeriod(p.label);
}

void DashboardController::shiftPeriod(int steps)
{
    Period p = m_period;
    for (int i = 0; i < std::abs(steps); ++i) {
        if (steps < 0) {
            p = p.previous();
        } else {
            //! The next one is the period whose previous() is this one.
            const Period back = p.previous();
            const qint64 days = back.first.daysTo(p.first);
            const bool wholeMonths = p.first.day() == 1 && p.last.addDays(1).day() == 1;
            const int months = (p.last.year() - p.first.year()) * 12 + p.last.month() - p.first.month() + 1;
            p.first = wholeMonths ? p.first.addMonths(months) : p.first.addDays(days);
            p.last = wholeMonths ? p.first.addMonths(months).addDays(-1) : p.last.addDays(days);
        }
    }
    //! Keep the usual labels for months, quarters and years.
    const bool wholeMonths = p.first.day() == 1 && p.last.addDays(1).day() == 1;
    const int months = (p.last.year() - p.first.year()) * 12 + p.last.month() - p.first.month() + 1;
    if (wholeMonths && months == 1)
        p.label = p.first.toString(QStringLiteral("yyyy-MM"));
    else if (wholeMonths && months == 3 && (p.first.month() - 1) % 3 == 0)
        p.label = QStringLiteral("%1-Q%2").arg(p.first.year()).arg((p.first.month() - 1) / 3 + 1);
    else if (wholeMonths && months == 12 && p.first.month() == 1)
        p.label = QString::number(p.first.year());
    else
        p.label = p.first.toString(Qt::ISODate) + QStringLiteral("..") + p.last.toString(Qt::ISODate);
    setPeriod(p.label);
}

bool DashboardController::setCustomPeriod(const QString &from, const QString &to)
{
    auto date = [](const QString &s) {
        QDate d = QDate::fromString(s.trimmed(), QStringLiteral("dd/MM/yyyy"));
        return d.isValid() ? d : QDate::fromString(s.trimmed(), Qt::ISODate);
    };
    const QDate a = date(from), b = date(to);
    if (!a.isValid() || !b.isValid() || a > b) {
        m_error = tr("Write two dates, the first not after the second, as dd/mm/yyyy.");
        Q_EMIT computed();
        return false;
    }
    setPeriod(a.toString(Qt::ISODate) + QStringLiteral("..") + b.toString(Qt::ISODate));
    return true;
}

void DashboardController::retranslate()
{
    m_tiles.retranslate();
    fillBreakdown(); //!< names such as "(not assigned)" and the rows' texts
    Q_EMIT periodChanged();
    Q_EMIT computed();
    Q_EMIT selectionChanged();
}

void DashboardController::reload()
{
    m_error.clear();
    m_set.reset();
    m_scope = IndicatorScope();
    m_lastSync = QDateTime();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (store) {
        auto set = indicatorsource::cachedSet(store->syncState());
        auto scope = indicatorsource::cachedScope(store->database());
        auto last = store->syncState().lastSync();
        if (!set)
            m_error = set.error().userMessage();
        else
            m_set = *set;
        if (!scope)
            m_error = scope.error().userMessage();
        else
            m_scope = *scope;
        if (last)
            m_lastSync = *last;
    }
    QSet<QString> agencies;
    for (const IndicatorDossier &d : std::as_const(m_scope.dossiers))
        agencies.insert(d.agency);
    m_agencies = int(agencies.size());
    //! The province's leaders compare agencies; an agency's supervisor its procedures.
    if (!m_breakdownChosen) {
        const Breakdown b = m_agencies > 1 ? Breakdown::Agency : Breakdown::Procedure;
        if (b != m_breakdown) {
            m_breakdown = b;
            Q_EMIT breakdownChanged();
        }
    }
    recompute();
}

void DashboardController::recompute()
{
    if (m_set)
        m_report = computeIndicators(*m_set, m_scope, m_period, m_breakdown);
    else
        m_report = IndicatorReport();
    m_tiles.setReport(m_report);
    if (m_set && !m_set->indicators.isEmpty()
        && std::none_of(m_set->indicators.cbegin(), m_set->indicators.cend(),
                        [&](const IndicatorDefinition &d) { return d.id == m_selected; }))
        m_selected = m_set->indicators.first().id;
    fillBreakdown();
    Q_EMIT computed();
    Q_EMIT selectionChanged();
}

const IndicatorResult *DashboardController::selectedResult() const
{
    for (const IndicatorResult &r : m_report.results)
        if (r.definition.id == m_selected)
            return &r;
    return nullptr;
}

void DashboardController::fillBreakdown()
{
    QList<DashboardBreakdownModel::Row> rows;
    if (const IndicatorResult *r = selectedResult()) {
        for (auto it = r->byKey.cbegin(); it != r->byKey.cend(); ++it) {
            QString name = it.key();
            if (m_workspace && m_breakdown == Breakdown::Agency)
                name = m_workspace->agencyName(it.key());
            else if (m_workspace && m_breakdown == Breakdown::Procedure
                     && !m_workspace->procedureName(it.key()).isEmpty())
                name = m_workspace->procedureName(it.key());
            else if (m_breakdown == Breakdown::Official && name.isEmpty())
                name = tr("(not assigned)");
            rows.append({it.key(), name, it.value(), ragFor(r->definition, it->percent())});
        }
        //! Worst first: the rows that drag the figure down lead.
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.tally.percent().value_or(101) < b.tally.percent().value_or(101);
        });
    }
    m_rows.setRows(rows);
}

QVariantList DashboardController::groups() const
{
    QVariantList out;
    for (const GroupScore &g : m_report.groups)
        out.append(QVariantMap {
            {QStringLiteral("group"), toWire(g.group)},
            {QStringLiteral("score"), g.score.value_or(-1.0)},
            {QStringLiteral("weight"), g.weight},
            {QStringLiteral("scoreText"),
             g.score ? tr("%1 / %2").arg(dashboardtext::points(*g.score), dashboardtext::points(g.weight))
                     : QStringLiteral("–")}});
    return out;
}

QString DashboardController::scoreText() const
{
    return m_report.score ? tr("%1 / 100").arg(dashboardtext::points(*m_report.score)) : QStringLiteral("–");
}

QStringList DashboardController::months() const
{
    QStringList out;
    for (const QDate &m : m_report.months)
        out.append(m.toString(QStringLiteral("MM/yyyy")));
    return out;
}

QVariantList DashboardController::series() const
{
    QVariantList out;
    if (const IndicatorResult *r = selectedResult())
        for (const Tally &t : r->months)
            out.append(t.percent().value_or(-1.0));
    return out;
}

QString DashboardController::freshnessText() const
{
    const QString count = tr("%n dossier(s) in the cache", nullptr, int(m_scope.dossiers.size()));
    if (!m_lastSync.isValid())
        return tr("Never synchronised · %1").arg(count);
    return tr("Cached data as of %1 · %2").arg(displaytext::dateTime(m_lastSync), count);
}

QStringList DashboardController::dossierIds(const QString &indicatorId, const QString &which,
                                            const QString &key) const
{
    const auto w = drillDownFromWire(which);
    if (!m_set || !w)
        return {};
    return indicatorDossierIds(*m_set, indicatorId, m_scope, m_period, *w,
                               key.isEmpty() ? Breakdown::None : m_breakdown, key);
}

QString DashboardController::drillDownTitle(const QString &name, const QString &indicatorId,
                                            const QString &which, const QString &key) const
{
    const int n = int(dossierIds(indicatorId, which, key).size());
    const QString part = which == QLatin1String("numerator") ? tr("counted (%n)", nullptr, n)
        : which == QLatin1String("missing")                  ? tr("not counted (%n)", nullptr, n)
                                                             : tr("all (%n)", nullptr, n);
    QString title = (name.isEmpty() ? indicatorId : name) + QStringLiteral(" · ") + part;
    if (!key.isEmpty())
        title += QStringLiteral(" · ") + key;
    return title + QStringLiteral(" · ") + periodText();
}

QString DashboardController::exportReport(const QString &fileOrUrl, const QString &format)
{
    if (!m_set)
        return tr("No indicator definitions yet: synchronise once while online.");
    const QUrl url(fileOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    QList<Agency> agencies;
    QList<Procedure> procedures;
    if (store) {
        ReferenceRepository reference(store->database());
        agencies = reference.agencies().valueOr(QList<Agency>());
        procedures = reference.procedures().valueOr(QList<Procedure>());
    }
    const letters::ReportHeading heading = letters::reportHeading(
        agencies, procedures, m_agencies > 1 || !m_workspace ? QString() : m_workspace->agencyCode(),
        vietnamDate(m_workspace ? m_workspace->now() : QDateTime::currentDateTimeUtc()));
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = letters::indicatorReportCsv(m_report, heading);
    } else {
        auto pdf = letters::renderIndicatorReportPdf(m_report, heading);
        if (!pdf)
            return pdf.error().userMessage();
        bytes = *pdf;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        return tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}
