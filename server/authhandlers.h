// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"
#include "servercontext.h"

namespace motcua::server {

//! /auth/token, /auth/refresh, /auth/logout, /me
void registerAuthHandlers(Router &router, ServerContext &ctx);
//! /agencies, /procedures, /calendar, /health
void registerDirectoryHandlers(Router &router, ServerContext &ctx);

QJsonObject agencyJson(Database *db, const QString &code);

} // namespace motcua::server
