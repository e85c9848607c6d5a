// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"
#include "servercontext.h"

namespace motcua::server {

class ActionService;
class ChangeFeed;
class DossierStore;

struct DossierServices
{
    DossierStore *store = nullptr;
    ActionService *actions = nullptr;
    ChangeFeed *feed = nullptr;
};

//! /dossiers/changes, /dossiers/{id}, /dossiers/{id}/history, /dossiers/{id}/annotations,
//! /dossiers/{id}/actions, /actions:batch, /citizens/{idNumber}/documents
void registerDossierHandlers(Router &router, ServerContext &ctx, DossierServices services);

} // namespace motcua::server
