// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workingcalendar.h"
#include "rolelistmodel.h"
#include "store/inboxquery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>
#include <atomic>
#include <functional>
#include <memory>

class Workspace;
class QThread;
namespace motcua {
class LocalStore;
}

//! The inbox list over the local cache (DossierRepository::list), loaded in
//! pages through canFetchMore()/fetchMore() so 100k dossiers scroll without
//! loading them all. Queries are indexed and paged, so they run on the GUI
//! thread (a page takes a few milliseconds); the model never talks to the network.
//!
//! Search as you type: the first keystroke after a pause runs at once, further
//! keystrokes within searchDelay ms are coalesced into one query; the search
//! starts at two characters. A keystroke reads only the first page: when the
//! page is full its total is counted on a counting thread (its own connection
//! to the cache) and totalCount follows; the counts per view follow on that
//! thread once typing pauses. A newer keystroke makes older counts void.
class InboxModel : public RoleListModel, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    //! all, mine, agency, awaiting_approval, supplement_requested, overdue, due_soon, pending_sync, conflicts
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    //! due, received, procedure, applicant
    Q_PROPERTY(QString sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(int searchDelay READ searchDelay WRITE setSearchDelay NOTIFY searchDelayChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    //! The last query error in the UI language; empty when the last query worked.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    //! Rows of the current view and search (all of them, not only the loaded ones).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    //! Rows loaded so far.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    //! Count per view id for the current search.
    Q_PROPERTY(QVariantMap viewCounts READ viewCounts NOTIFY viewCountsChanged)
    //! True when the cache holds no dossier at all (first start, never synced).
    Q_PROPERTY(bool cacheEmpty READ cacheEmpty NOTIFY viewCountsChanged)
    //! A dashboard drill-down shows exactly these dossiers (showOnly), whatever the view.
    Q_PROPERTY(bool restricted READ restricted NOTIFY restrictionChanged)
    Q_PROPERTY(QString restrictionTitle READ restrictionTitle NOTIFY restrictionChanged)

public:
    //! Roles; QML names (RoleListModel): dossierId, code, procedureCode,
    //! procedureName, applicantName, applicantIdNumber, state (wire id),
    //! stateText, nationalStatus, receivedAt, dueAt, remainingText, overdue,
    //! daysLate, dueSoon, syncState ("", "pending", "conflict"), syncText,
    //! assignee, agencyCode.
    enum Role {
        DossierIdRole = Qt::UserRole + 1,
        CodeRole,
        ProcedureCodeRole,
        ProcedureNameRole,
        ApplicantNameRole,
        ApplicantIdNumberRole,
        StateRole,
        StateTextRole,
        NationalStatusRole,
        ReceivedAtRole,
        DueAtRole,
        RemainingTextRole,
        OverdueRole,
        DaysLateRole,
        DueSoonRole,
        SyncStateRole,
        SyncTextRole,
        AssigneeRole,
        AgencyCodeRole,
        DeadlineNoteRole, //!< "deadlineNote": provisional due date, apology's new date (displaytext)
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;
    //! Shorter search texts show the view unfiltered.
    static constexpr int kMinSearchLength = 2;

    //! Reads from Workspace::instance() (QML); tests pass their own workspace.
    explicit InboxModel(QObject *parent = nullptr);
    InboxModel(Workspace *workspace, QObject *parent);
    ~InboxModel() override;

    void classBegin() override { m_deferred = true; }
    void componentComplete() override;

    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString view() const;
    void setView(const QString &view);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString sort() const;
    void setSort(const QString &sort);
    [[nodiscard]] int searchDelay() const { return m_searchDelay; }
    void setSearchDelay(int ms);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QVariantMap viewCounts() const { return m_viewCounts; }
    [[nodiscard]] bool cacheEmpty() const { return m_cacheEmpty; }

    [[nodiscard]] bool restricted() const { return m_restricted; }
    [[nodiscard]] QString restrictionTitle() const { return m_restrictionTitle; }
    //! Lists only `ids` (the dossiers behind a dashboard number) under `title`.
    Q_INVOKABLE void showOnly(const QStringList &ids, const QString &title);
    //! Back to the view.
    Q_INVOKABLE void showAll();

    //! Pins "now" for due dates (tests); null = the clock.
    void setNow(const QDateTime &now) { m_now = now; }

    //! Runs the query again (after a sync) keeping view, search and sort.
    Q_INVOKABLE void refresh();
    //! Runs a pending debounced search now (tests, Enter in the search field).
    Q_INVOKABLE void flushSearch();
    //! Recounts every view for the current search, here and now. Once typing
    //! pauses the model recounts on its own, on the counting thread.
    Q_INVOKABLE void refreshCounts();
    Q_INVOKABLE QString dossierIdAt(int row) const;
    //! Row of a dossier among the loaded rows, -1 if not loaded.
    Q_INVOKABLE int rowOf(const QString &dossierId) const;

Q_SIGNALS:
    void viewChanged();
    void searchTextChanged();
    void sortChanged();
    void searchDelayChanged();
    void loadingChanged();
    void errorChanged();
    void totalCountChanged();
    void countChanged();
    void viewCountsChanged();
    void restrictionChanged();

private:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] QVariant rowData(int i, int role) const override;

    struct Row
    {
        motcua::InboxItem item;
        motcua::Remaining remaining;
        bool dueSoon = false;
        bool finishedLate = false; //!< finished after the due date: the row stays marked late
    };

    void init();
    void reload(bool withCounts);
    //! Counts the rows of q on the counting thread (its own connection to the
    //! cache) and sets totalCount when the answer is still wanted.
    void countLater(const motcua::InboxQuery &q);
    //! The counts per view once typing pauses, on the counting thread.
    void refreshCountsLater();
    //! Runs work on the counting thread with its store; the function it returns
    //! runs on the GUI thread if generation is still the wanted one.
    void onCountingThread(const std::shared_ptr<std::atomic<quint64>> &wanted, quint64 generation,
                          std::function<std::function<void()>(motcua::LocalStore &)> work);
    void scheduleSearch();
    [[nodiscard]] motcua::InboxQuery query() const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] Row makeRow(motcua::InboxItem item, const QDateTime &now) const;
    void setError(const QString &text);
    void setLoading(bool loading);
    void retranslate();

    Workspace *m_workspace = nullptr;
    motcua::InboxView m_view = motcua::InboxView::Agency;
    bool m_restricted = false;
    QStringList m_restrictedIds;
    QString m_restrictionTitle;
    motcua::InboxSort m_sort = motcua::InboxSort::DueDate;
    QString m_search;
    QList<Row> m_rows;
    int m_total = 0;
    //! A search's total is being counted off the GUI thread: until it arrives,
    //! totalCount is the rows loaded and fetchMore goes on while pages are full.
    bool m_countPending = false;
    bool m_lastPageFull = false;
    QThread *m_countThread = nullptr;
    QObject *m_countContext = nullptr; //!< lives in m_countThread, owns its store
    std::shared_ptr<std::atomic<quint64>> m_countGeneration = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> m_viewCountsGeneration = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    bool m_cacheEmpty = true;
    QString m_error;
    QVariantMap m_viewCounts;
    QDateTime m_now;
    int m_searchDelay = 120;
    QTimer m_searchTimer;
    QTimer m_countsTimer;
    QElapsedTimer m_sinceLastSearch;
    bool m_searchPending = false;
    bool m_notifying = false; //!< inside endResetModel()/endInsertRows()
    bool m_deferred = false; //!< QML is still setting the initial properties
};
