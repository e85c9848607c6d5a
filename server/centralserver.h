// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"
#include "servercontext.h"

#include <QObject>
#include <memory>

namespace motcua::server {

class HttpAdapter;
class DossierStore;
class ActionService;
class ChangeFeed;
class DocumentAccess;
class AuditLog;

//! Wires the database, auth, the handlers of every resource and the HTTP adapter.
class CentralServer : public QObject
{
    Q_OBJECT
public:
    explicit CentralServer(ServerConfig config, QObject *parent = nullptr);
    ~CentralServer() override;

    //! Opens the database, migrates, seeds the demo if asked, and listens.
    //! Returns the bound port.
    Result<quint16> start();

private:
    HttpResponse handle(const HttpRequest &req);

    ServerContext m_ctx;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Tsa> m_tsa;
    std::unique_ptr<DossierStore> m_store;
    std::unique_ptr<DocumentAccess> m_access;
    std::unique_ptr<ActionService> m_actions;
    std::unique_ptr<ChangeFeed> m_feed;
    Router m_router;
    HttpAdapter *m_http = nullptr;
};

} // namespace motcua::server
