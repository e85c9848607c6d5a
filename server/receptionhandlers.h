// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"
#include "servercontext.h"

namespace motcua::server {

class ActionService;

//! Reception at the one-stop desk: POST /dossiers (create, exactly once per
//! Idempotency-Key), POST /desks/reservations (a block of code sequence numbers
//! for a desk that may work offline) and GET /citizens/{idNumber} (the stand-in
//! for the national population database).
//!
//! Codes: one counter per agency, never reset, shared by online creation and
//! reserved blocks, so two codes of an agency never share a sequence number. The
//! counter starts at the number of dossiers already stored, above every
//! sequence number the demo seeder used. A reserved number is accepted once
//! (reserved_uses' primary key); a replay of the same request answers the
//! first response, another request with that number gets 409.
void registerReceptionHandlers(Router &router, ServerContext &ctx, ActionService *actions);

} // namespace motcua::server
