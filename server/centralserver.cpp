// SPDX-License-Identifier: GPL-3.0-or-later
#include "centralserver.h"

#include "actionservice.h"
#include "auditlog.h"
#include "authhandlers.h"
#include "calendarhandlers.h"
#include "changefeed.h"
#include "demoseeder.h"
#include "demosigner.h"
#include "documentaccess.h"
#include "documenthandlers.h"
#include "dossierhandlers.h"
#include "dossierstore.h"
#include "httpadapter.h"
#include "indicatorhandlers.h"
#include "receptionhandlers.h"
#include "tsa.h"

#include <QDateTime>
#include <QDir>

namespace motcua::server {

CentralServer::CentralServer(ServerConfig config, QObject *parent)
    : QObject(parent)
{
    m_ctx.config = std::move(config);
    m_ctx.clock.fixed = m_ctx.config.fixedClock.toUTC();
}

CentralServer::~CentralServer() = default;

Result<quint16> CentralServer::start()
{
    QDir().mkpath(m_ctx.config.dataDir);
    auto db = Database::open(m_ctx.config.dbUrl, QStringLiteral("central"));
    if (!db)
        return db.error();
    m_db.reset(db.value());
    if (auto s = m_db->migrate(); !s)
        return s.error();
    auto auditKey = AuditLog::loadOrCreateKey(m_ctx.config.dataDir);
    if (!auditKey)
        return auditKey.error();
    m_audit = std::make_unique<AuditLog>(m_db.get(), *auditKey);
    if (auto s = m_audit->sealLegacyEntries(); !s)
        return s.error();
    m_ctx.audit = m_audit.get();
    m_auth = std::make_unique<AuthService>(m_db.get(), m_ctx.config.accessTtl, m_ctx.config.refreshTtl);
    m_auth->setLoginLimits(m_ctx.config.loginAccountThreshold, m_ctx.config.loginAddressThreshold);
    m_auth->setAuditLog(m_audit.get());
    //! Tokens and the sign-in backoff follow the server's one clock (a test moves
    //! it forward with PUT /demo/clock instead of waiting out a lockout).
    m_auth->setClock([clock = &m_ctx.clock] { return clock->nowSecs(); });
    m_ctx.db = m_db.get();
    m_ctx.auth = m_auth.get();
    auto tsa = Tsa::loadOrCreate(m_ctx.config.dataDir + QStringLiteral("/tsa"));
    if (!tsa)
        return tsa.error();
    m_tsa.reset(tsa.value());
    m_ctx.tsa = m_tsa.get();

    m_store = std::make_unique<DossierStore>(m_db.get());
    m_store->setAuditLog(m_audit.get());
    m_ctx.store = m_store.get();
    if (m_ctx.config.demo) {
        DemoSeeder seeder(m_ctx, m_store.get());
        if (auto s = seeder.seedIfEmpty(m_ctx.config.demoSize); !s)
            return s.error();
    }
    m_access = std::make_unique<DocumentAccess>(m_db.get(), m_store.get(),
                                                m_ctx.config.dataDir + QStringLiteral("/documents"));
    m_ctx.access = m_access.get();
    m_actions = std::make_unique<ActionService>(m_db.get(), m_store.get());
    m_actions->setDocumentAccess(m_access.get());
    m_actions->setContext(&m_ctx);
    if (auto s = m_actions->reload(); !s)
        return s.error();
    m_feed = std::make_unique<ChangeFeed>(m_db.get(), m_ctx.config.cursorRetention, &m_ctx.clock);

    registerAuthHandlers(m_router, m_ctx);
    registerDossierHandlers(m_router, m_ctx, {m_store.get(), m_actions.get(), m_feed.get()});
    registerDirectoryHandlers(m_router, m_ctx);
    registerCalendarHandlers(m_router, m_ctx, m_actions.get());
    registerDocumentHandlers(m_router, m_ctx);
    registerTsaHandlers(m_router, m_ctx);
    registerReceptionHandlers(m_router, m_ctx, m_actions.get());
    registerIndicatorHandlers(m_router, m_ctx);
    if (m_ctx.config.demo) {
        registerDemoHandlers(m_router, m_ctx);
        registerDemoClockHandler(m_router, m_ctx);
    }

    m_http = new HttpAdapter([this](const HttpRequest &r) { return handle(r); }, this);
    const QHostAddress addr(m_ctx.config.host);
    if (addr.isNull())
        return Error::make(Error::Kind::Invalid, QStringLiteral("config.listen"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Not an IP address: %1"), {m_ctx.config.host});
    BodyLimits limits;
    limits.documents = m_ctx.config.maxUpload;
    limits.other = qMax<qint64>(m_ctx.config.maxJsonBody, 64 * 1024);
    const quint16 port = m_http->listen(addr, m_ctx.config.port, limits);
    if (port == 0)
        return Error::make(Error::Kind::Network, QStringLiteral("config.listen"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot listen on %1:%2"),
                           {m_ctx.config.host, QString::number(m_ctx.config.port)});
    return port;
}

HttpResponse CentralServer::handle(const HttpRequest &req)
{
    return m_router.dispatch(req, *m_auth);
}

} // namespace motcua::server
