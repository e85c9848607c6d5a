// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"
#include "servercontext.h"

namespace motcua::server {

class ActionService;

//! GET /calendar?year=Y (every official), GET /calendar/due (a due date explained),
//! GET /admin/calendar and PUT /admin/calendar/{year} (role admin). A change reloads
//! the calendar the server computes deadlines with.
void registerCalendarHandlers(Router &router, ServerContext &ctx, ActionService *actions);

//! PUT /demo/clock {"now": "...Z" | null}: demo mode only; tests set the server's time.
void registerDemoClockHandler(Router &router, ServerContext &ctx);

} // namespace motcua::server
