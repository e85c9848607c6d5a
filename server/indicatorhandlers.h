// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators.h"
#include "router.h"
#include "servercontext.h"

namespace motcua::server {

//! GET /indicators/definitions (the caller's province's indicator set) and
//! GET /indicators (the same computation as the desktop's, client/core/indicators,
//! over an agency or the whole province).
void registerIndicatorHandlers(Router &router, ServerContext &ctx);

//! The province of an agency code ("H19.X01" -> "H19").
QString provinceOf(const QString &agencyCode);

//! The stored set of a province (std::nullopt when none).
Result<std::optional<IndicatorSet>> loadIndicatorSet(Database *db, const QString &province);
Status storeIndicatorSet(Database *db, const IndicatorSet &set);

} // namespace motcua::server
