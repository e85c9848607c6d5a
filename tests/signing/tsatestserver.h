// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/timestampauthority.h"

#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

class QTcpServer;

//! A tiny HTTP server answering POST application/timestamp-query with the
//! library's TimestampAuthority, on an OS-assigned loopback port, in its own
//! thread (so that tests can block on a child process while it serves).
class TsaTestServer
{
public:
    explicit TsaTestServer(std::unique_ptr<motcua::signing::TimestampAuthority> tsa);
    ~TsaTestServer();

    bool start();
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] int requests() const { return m_requests.load(); }

private:
    std::unique_ptr<motcua::signing::TimestampAuthority> m_tsa;
    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    QUrl m_url;
    std::atomic<int> m_requests {0};
};
