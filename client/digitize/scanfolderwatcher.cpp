// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanfolderwatcher.h"

#include "imageassembler.h"

#include <QDir>
#include <QFileInfo>

namespace motcua::digitize {

namespace {
QFileInfoList images(const QString &dir)
{
    QStringList filters;
    for (const QString &s : scanSuffixes())
        filters << QStringLiteral("*.") + s << QStringLiteral("*.") + s.toUpper();
    return QDir(dir).entryInfoList(filters, QDir::Files, QDir::Name);
}
} // namespace

ScanFolderWatcher::ScanFolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setInterval(700);
    m_settle.setSingleShot(true);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ScanFolderWatcher::scan);
    connect(&m_settle, &QTimer::timeout, this, &ScanFolderWatcher::settle);
}

bool ScanFolderWatcher::setFolder(const QString &dir)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_known.clear();
    m_pending.clear();
    m_settle.stop();
    m_dir.clear();
    if (dir.isEmpty())
        return true;
    if (!QFileInfo(dir).isDir())
        return false;
    m_dir = QDir(dir).absolutePath();
    for (const QFileInfo &fi : images(m_dir))
        m_known.insert(fi.absoluteFilePath());
    return m_watcher.addPath(m_dir);
}

void ScanFolderWatcher::scan()
{
    for (const QFileInfo &fi : images(m_dir)) {
        const QString path = fi.absoluteFilePath();
        if (!m_known.contains(path) && !m_pending.contains(path))
            m_pending.insert(path, -1);
    }
    if (!m_pending.isEmpty())
        m_settle.start();
}

void ScanFolderWatcher::settle()
{
    QStringList ready;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const QFileInfo fi(it.key());
        if (!fi.exists()) {
            it = m_pending.erase(it);
            continue;
        }
        const qint64 size = fi.size();
        if (size > 0 && size == it.value()) {
            ready << it.key();
            m_known.insert(it.key());
            it = m_pending.erase(it);
        } else {
            it.value() = size;
            ++it;
        }
    }
    ready.sort();
    for (const QString &p : std::as_const(ready))
        Q_EMIT scanArrived(p);
    if (!m_pending.isEmpty())
        m_settle.start();
}

} // namespace motcua::digitize
