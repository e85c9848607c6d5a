// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include "appcontroller.h"
#include "displaytext.h"
#include "propertyhelpers.h"
#include "store/localstore.h"
#include "workspace.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace motcua;

namespace {

const QList<QPair<InboxSort, QLatin1String>> kSorts = {
    {InboxSort::DueDate, QLatin1String("due")},
    {InboxSort::ReceivedDate, QLatin1String("received")},
    {InboxSort::Procedure, QLatin1String("procedure")},
    {InboxSort::Applicant, QLatin1String("applicant")},
};

//! The counting thread's state: its own connection to the profile's cache.
class CountContext : public QObject
{
public:
    std::unique_ptr<LocalStore> store;
    QString profile;
};

} // namespace

InboxModel::~InboxModel()
{
    if (m_countThread) {
        m_countGeneration->fetch_add(1); //!< a queued count is not wanted any more
        m_viewCountsGeneration->fetch_add(1);
        m_countThread->quit();
        m_countThread->wait();
    }
}

void InboxModel::onCountingThread(const std::shared_ptr<std::atomic<quint64>> &wanted, quint64 generation,
                                  std::function<std::function<void()>(LocalStore &)> work)
{
    if (!m_countThread) {
        m_countThread = new QThread(this);
        m_countThread->setObjectName(QStringLiteral("inbox-count"));
        m_countContext = new CountContext;
        m_countContext->moveToThread(m_countThread);
        connect(m_countThread, &QThread::finished, m_countContext, &QObject::deleteLater);
        m_countThread->start(QThread::LowPriority);
    }
    auto *context = static_cast<CountContext *>(m_countContext);
    const QString profile = m_workspace->store()->profileDir();
    QMetaObject::invokeMethod(
        context,
        [this, context, generation, wanted, profile, work = std::move(work)]() {
            //! Keystrokes come faster than counts: only the newest is counted.
            if (wanted->load() != generation)
                return;
            if (!context->store || context->profile != profile) {
                context->store.reset();
                auto opened = LocalStore::open(profile, false); //!< only counts
                if (!opened.ok()) {
                    qCWarning(lcApp) << "inbox count:" << opened.error().toString();
                    return;
                }
                context->store = std::move(opened.value());
                context->profile = profile;
            }
            std::function<void()> deliver = work(*context->store);
            if (!deliver || wanted->load() != generation)
                return;
            //! The model outlives this thread (its destructor waits for it).
            QMetaObject::invokeMethod(
                this,
                [generation, wanted, deliver = std::move(deliver)]() {
                    if (wanted->load() == generation)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void InboxModel::countLater(const InboxQuery &q)
{
    const quint64 generation = m_countGeneration->fetch_add(1) + 1;
    m_countPending = true;
    onCountingThread(m_countGeneration, generation, [this, q](LocalStore &store) -> std::function<void()> {
        auto n = store.dossiers().count(q);
        if (!n.ok())
            return {};
        const int total = n.value();
        return [this, total]() {
            if (!m_countPending)
                return;
            m_countPending = false;
            m_total = qMax(total, int(m_rows.size()));
            Q_EMIT totalCountChanged();
        };
    });
}

void InboxModel::refreshCountsLater()
{
    m_countsTimer.stop();
    if (!m_workspace || !m_workspace->store() || m_deferred)
        return;
    const quint64 generation = m_viewCountsGeneration->fetch_add(1) + 1;
    const InboxQuery q = query();
    onCountingThread(m_viewCountsGeneration, generation,
                     [this, q](LocalStore &store) -> std::function<void()> {
                         auto counts = store.dossiers().countsPerView(q);
                         auto all = store.dossiers().total();
                         if (!counts.ok() || !all.ok())
                             return {};
                         QVariantMap map;
                         for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
                             map.insert(toWire(it.key()), it.value());
                         const bool empty = all.value() == 0;
                         return [this, map, empty]() {
                             m_viewCounts = map;
                             m_cacheEmpty = empty;
                             Q_EMIT viewCountsChanged();
                         };
                     });
}

InboxModel::InboxModel(QObject *parent)
    : RoleListModel(parent)
    , m_workspace(Workspace::instance())
{
    //! Created by QML: the first query waits for componentComplete(), when view,
    //! search and sort have their initial values.
    init();
}

InboxModel::InboxModel(Workspace *workspace, QObject *parent)
    : RoleListModel(parent)
    , m_workspace(workspace)
{
    init();
    refresh();
}

void InboxModel::init()
{
    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &InboxModel::flushSearch);
    //! The counts per view (nine COUNTs) follow the list once typing pauses, so a
    //! keystroke only waits for the list itself.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(350);
    connect(&m_countsTimer, &QTimer::timeout, this, &InboxModel::refreshCountsLater);
    if (m_workspace) {
        connect(m_workspace, &Workspace::cacheChanged, this, &InboxModel::refresh);
        connect(m_workspace, &Workspace::identityChanged, this, &InboxModel::refresh);
    }
    connect(AppController::instance(), &AppController::languageChanged, this, &InboxModel::retranslate);
}

void InboxModel::componentComplete()
{
    m_deferred = false;
    //! At start-up the counts per view (a COUNT per view over the whole cache)
    //! follow the first frame: the official waits for the list, not the numbers.
    const bool countsLater = m_workspace && m_workspace->startingUp();
    reload(!countsLater);
    if (countsLater)
        connect(m_workspace, &Workspace::startupFinished, this, &InboxModel::refreshCounts,
                Qt::SingleShotConnection);
}

QVariant InboxModel::rowData(int i, int role) const
{
    const Row &row = m_rows.at(i);
    const Dossier &d = row.item.dossier;
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return d.code;
    case DossierIdRole:
        return d.id;
    case ProcedureCodeRole:
        return d.procedureCode;
    case ProcedureNameRole: {
        const QString name = m_workspace ? m_workspace->procedureName(d.procedureCode) : QString();
        return name.isEmpty() ? d.procedureCode : name;
    }
    case ApplicantNameRole:
        return d.applicant.name;
    case ApplicantIdNumberRole:
        return d.applicant.idNumber;
    case StateRole:
        return toWire(d.state);
    case StateTextRole:
        return displayName(d.state);
    case NationalStatusRole:
        return d.nationalStatus();
    case ReceivedAtRole:
        return d.receivedAt;
    case DueAtRole:
        return d.dueAt;
    case RemainingTextRole:
        //! Finished: the lateness stays on the row (issue 20 item 13), as in the header and the
        //! return dialog.
        if (d.finishedAt.isValid() && m_workspace)
            return displaytext::finishedMark(d, m_workspace->calendar(), now());
        if (!d.dueAt.isValid() || isTerminal(d.state) || d.finishedAt.isValid())
            return QString();
        if (d.state == DossierState::SupplementRequested && !row.remaining.overdue)
            return displaytext::clockPaused();
        return displaytext::remaining(row.remaining);
    case OverdueRole:
        return row.remaining.overdue || row.finishedLate;
    case DaysLateRole:
        return row.remaining.overdue || row.finishedLate ? row.remaining.daysLate : 0;
    case DueSoonRole:
        return row.dueSoon;
    case SyncStateRole:
        return row.item.conflict   ? QStringLiteral("conflict")
            : row.item.pendingSync ? QStringLiteral("pending")
                                   : QString();
    case SyncTextRole:
        return displaytext::syncBadge(row.item.conflict          ? QStringLiteral("conflict")
                                          : row.item.pendingSync ? QStringLiteral("pending")
                                                                 : QString());
    case AssigneeRole:
        return d.assignee;
    case AgencyCodeRole:
        return d.agencyCode;
    case DeadlineNoteRole:
        if (!m_workspace || isTerminal(d.state))
            return QString();
        return displaytext::deadlineNote(d, m_workspace->calendar(), now());
    default:
        return {};
    }
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    //! Not while modelReset/rowsInserted are being emitted: a listener that fetches
    //! then would nest an insertion inside the change (QAbstractItemModelTester does).
    return !parent.isValid() && !m_notifying && m_workspace && m_workspace->store()
        && (m_rows.size() < m_total || (m_countPending && m_lastPageFull));
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback guard(m_notifying, true);
    InboxQuery q = query();
    q.offset = int(m_rows.size());
    q.limit = kPageSize;
    auto page = m_workspace->store()->dossiers().list(q);
    if (!page.ok()) {
        setError(page.error().userMessage());
        return;
    }
    m_lastPageFull = page.value().size() == kPageSize;
    if (page.value().isEmpty()) {
        //! The cache shrank under us (a sync pruned rows): stop asking for more.
        m_total = int(m_rows.size());
        Q_EMIT totalCountChanged();
        return;
    }
    const QDateTime t = q.now;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    for (InboxItem &item : page.value())
        m_rows.append(makeRow(std::move(item), t));
    endInsertRows();
    Q_EMIT countChanged();
    if (m_rows.size() > m_total) {
        m_total = int(m_rows.size());
        Q_EMIT totalCountChanged();
    }
}

QString InboxModel::view() const
{
    return toWire(m_view);
}

void InboxModel::setView(const QString &view)
{
    const auto v = inboxViewFromWire(view);
    if (!v) {
        qCWarning(lcApp) << "unknown inbox view" << view;
        return;
    }
    if (*v == m_view)
        return;
    m_view = *v;
    Q_EMIT viewChanged();
    reload(false);
}

void InboxModel::showOnly(const QStringList &ids, const QString &title)
{
    m_restricted = true;
    m_restrictedIds = ids;
    m_restrictionTitle = title;
    Q_EMIT restrictionChanged();
    reload(false);
}

void InboxModel::showAll()
{
    if (!m_restricted)
        return;
    m_restricted = false;
    m_restrictedIds.clear();
    m_restrictionTitle.clear();
    Q_EMIT restrictionChanged();
    reload(false);
}

void InboxModel::setSearchText(const QString &text)
{
    if (assignProperty(this, m_search, text, &InboxModel::searchTextChanged))
        scheduleSearch();
}

void InboxModel::scheduleSearch()
{
    //! Leading edge: a keystroke after a pause searches at once, so a single
    //! keystroke updates the list immediately; keystrokes arriving faster than
    //! searchDelay are coalesced into one query at the end of the burst.
    if (m_searchDelay <= 0 || !m_sinceLastSearch.isValid() || m_sinceLastSearch.elapsed() >= m_searchDelay) {
        m_searchTimer.stop();
        m_searchPending = true;
        flushSearch();
        return;
    }
    m_searchPending = true;
    m_searchTimer.start(m_searchDelay);
}

void InboxModel::flushSearch()
{
    if (!m_searchPending)
        return;
    m_searchPending = false;
    m_searchTimer.stop();
    m_sinceLastSearch.start();
    m_viewCountsGeneration->fetch_add(1); //!< counts for the previous text are not wanted
    reload(false);
    m_countsTimer.start();
}

void InboxModel::refreshCounts()
{
    m_countsTimer.stop();
    m_viewCountsGeneration->fetch_add(1); //!< a count on the counting thread is older than this one
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || m_deferred)
        return;
    const InboxQuery q = query();
    auto counts = store->dossiers().countsPerView(q);
    auto all = store->dossiers().total();
    if (!counts.ok() || !all.ok()) {
        setError((counts.ok() ? all.error() : counts.error()).userMessage());
        return;
    }
    QVariantMap map;
    for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
        map.insert(toWire(it.key()), it.value());
    m_viewCounts = map;
    m_cacheEmpty = all.value() == 0;
    Q_EMIT viewCountsChanged();
}

QString InboxModel::sort() const
{
    for (const auto &[s, name] : kSorts)
        if (s == m_sort)
            return name;
    return QStringLiteral("due");
}

void InboxModel::setSort(const QString &sort)
{
    for (const auto &[s, name] : kSorts) {
        if (name == sort) {
            if (s == m_sort)
                return;
            m_sort = s;
            Q_EMIT sortChanged();
            reload(false);
            return;
        }
    }
    qCWarning(lcApp) << "unknown inbox sort" << sort;
}

void InboxModel::setSearchDelay(int ms)
{
    assignProperty(this, m_searchDelay, ms, &InboxModel::searchDelayChanged);
}

void InboxModel::refresh()
{
    reload(true);
}

QString InboxModel::dossierIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item.dossier.id : QString();
}

int InboxModel::rowOf(const QString &dossierId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).item.dossier.id == dossierId)
            return i;
    return -1;
}

InboxQuery InboxModel::query() const
{
    InboxQuery q;
    q.view = m_restricted ? InboxView::All : m_view;
    q.restrictToIds = m_restricted;
    q.ids = m_restrictedIds;
    q.sort = m_sort;
    //! One character is not a useful filter (it matches about half of a big
    //! cache and is the slowest FTS prefix): search starts at two.
    const QString text = m_search.trimmed();
    q.search = text.size() >= kMinSearchLength ? text : QString();
    q.now = now();
    if (m_workspace) {
        q.username = m_workspace->username();
        q.agencyCode = m_workspace->agencyCode();
        q.calendar = m_workspace->calendar();
    }
    return q;
}

QDateTime InboxModel::now() const
{
    if (m_now.isValid())
        return m_now;
    return m_workspace ? m_workspace->now() : QDateTime::currentDateTimeUtc();
}

InboxModel::Row InboxModel::makeRow(InboxItem item, const QDateTime &now) const
{
    Row row;
    row.item = std::move(item);
    const Dossier &d = row.item.dossier;
    if (d.dueAt.isValid() && !isTerminal(d.state) && !d.finishedAt.isValid() && m_workspace) {
        const WorkingCalendar &cal = m_workspace->calendar();
        row.remaining = cal.remaining(d.dueAt, now);
        //! The remaining() overdue flag ignores the supplement pause; the dossier's own rule wins.
        row.remaining.overdue = d.isOverdue(now);
        if (!row.remaining.overdue && row.remaining.daysLate > 0)
            row.remaining.daysLate = 0;
        //! A paused clock (supplement requested) is not running out.
        row.dueSoon = !row.remaining.overdue && d.state != DossierState::SupplementRequested
            && row.remaining.workingSeconds <= 2 * cal.officeSecondsPerDay();
    } else if (d.finishedAt.isValid() && d.dueAt.isValid() && m_workspace && d.isLate(now)) {
        row.finishedLate = true;
        row.remaining.daysLate = d.remaining(now, m_workspace->calendar()).daysLate;
    }
    return row;
}

void InboxModel::reload(bool withCounts)
{
    if (m_deferred)
        return;
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    setLoading(true);
    const QScopedValueRollback guard(m_notifying, true);
    const int oldCount = int(m_rows.size());
    const int oldTotal = m_total;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString error;
    //! A count still running for an earlier query is not wanted any more.
    m_countGeneration->fetch_add(1);
    m_countPending = false;
    m_lastPageFull = false;
    if (store) {
        InboxQuery q = query();
        q.limit = kPageSize;
        q.offset = 0;
        //! The first page first: when it is not full it is the whole list, and
        //! no count is needed. A search that fills it is counted on the counting
        //! thread, so a keystroke waits only for the rows it shows; a view
        //! without search text is counted here (indexed, a few milliseconds).
        auto page = store->dossiers().list(q);
        if (page.ok()) {
            m_rows.reserve(page.value().size());
            for (InboxItem &item : page.value())
                m_rows.append(makeRow(std::move(item), q.now));
            m_total = int(m_rows.size());
            m_lastPageFull = m_rows.size() == kPageSize;
            if (m_lastPageFull) {
                if (!q.search.isEmpty()) {
                    countLater(q);
                } else {
                    auto total = store->dossiers().count(q);
                    if (total.ok())
                        m_total = qMax(total.value(), int(m_rows.size()));
                    else
                        error = total.error().userMessage();
                }
            }
        } else {
            error = page.error().userMessage();
        }
    }
    endResetModel();
    setError(error);
    if (withCounts && error.isEmpty())
        refreshCounts();
    setLoading(false);
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    if (oldTotal != m_total)
        Q_EMIT totalCountChanged();
}

void InboxModel::setError(const QString &text)
{
    assignProperty(this, m_error, text, &InboxModel::errorChanged);
}

void InboxModel::setLoading(bool loading)
{
    assignProperty(this, m_loading, loading, &InboxModel::loadingChanged);
}

void InboxModel::retranslate()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                       {StateTextRole, RemainingTextRole, SyncTextRole});
}
