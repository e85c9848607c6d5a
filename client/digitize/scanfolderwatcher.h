// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace motcua::digitize {

//! Watches the folder a scanner's software saves into (a setting) and announces
//! each new image once it is complete: a file is announced when its size stopped
//! changing between two checks, so a page still being written is never taken.
//! Files already in the folder when watching starts are not announced.
class ScanFolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ScanFolderWatcher(QObject *parent = nullptr);

    //! Starts watching `dir` (empty stops). False when the folder does not exist.
    bool setFolder(const QString &dir);
    [[nodiscard]] QString folder() const { return m_dir; }
    //! How long a file's size must stay the same (ms; tests shorten it).
    void setSettleMs(int ms) { m_settle.setInterval(ms); }

Q_SIGNALS:
    void scanArrived(const QString &path);

private:
    void scan();
    void settle();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_dir;
    QSet<QString> m_known; //!< announced, or present before watching started
    QHash<QString, qint64> m_pending; //!< new files and their last seen size
};

} // namespace motcua::digitize
