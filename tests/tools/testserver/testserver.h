// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace motcua::test {

//! The real reference server (build/bin/motcua-central) as a child process on an
//! OS-assigned port, with its own SQLite file and data folder. restart() keeps
//! the data (a new port: put a FaultProxy in front to keep one address).
class TestServer
{
public:
    explicit TestServer(QStringList extraArgs = {});
    ~TestServer();

    //! Starts and waits for "listening on http://HOST:PORT" (up to timeoutMs).
    bool start(int timeoutMs = 120000);
    void stop();
    bool restart()
    {
        stop();
        return start();
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("central.sqlite")); }
    [[nodiscard]] QString errorOutput() const { return m_stderr; }

private:
    QTemporaryDir m_dir;
    QStringList m_extra;
    QProcess m_proc;
    quint16 m_port = 0;
    QString m_stderr;
};

} // namespace motcua::test
