// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace motcua::server {

class Router;
struct ServerContext;

//! Demo mode only: a demo root CA and a supervisor's signing key, created at
//! first start in <data-dir>/demo-signing (reused afterwards), with which the
//! seeder really signs the demo results (PAdES, visible stamp). The root
//! certificate is served at GET /api/v1/demo/trust-root.pem so a demo profile can
//! trust it (./dev.sh demo does) and the desktop shows green badges.
class DemoSigner
{
public:
    ~DemoSigner();
    static Result<std::unique_ptr<DemoSigner>> loadOrCreate(const QString &dir);
    //! The signed document (incremental update of `pdf`).
    Result<QByteArray> sign(const QByteArray &pdf, const QDateTime &when) const;
    [[nodiscard]] QByteArray rootPem() const { return m_rootPem; }
    [[nodiscard]] static QString directory(const QString &dataDir);

private:
    DemoSigner() = default;
    EVP_PKEY *m_key = nullptr;
    QByteArray m_certDer;
    QByteArray m_rootDer;
    QByteArray m_rootPem;
};

//! GET /api/v1/demo/trust-root.pem (registered in --demo mode only).
void registerDemoHandlers(Router &router, ServerContext &ctx);

} // namespace motcua::server
