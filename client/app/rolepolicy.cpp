// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolepolicy.h"

#include "core/permissions.h"
#include "store/localstore.h"
#include "workspace.h"

using namespace motcua;

RolePolicy::RolePolicy(QObject *parent)
    : RolePolicy(nullptr, parent)
{ }

RolePolicy::RolePolicy(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    if (m_workspace)
        componentComplete();
}

void RolePolicy::componentComplete()
{
    if (!m_workspace)
        m_workspace = Workspace::instance();
    if (m_workspace) {
        //! Roles arrive with /me in a sync (cacheChanged) or with a sign-in (identityChanged).
        connect(m_workspace, &Workspace::cacheChanged, this, &RolePolicy::reload);
        connect(m_workspace, &Workspace::identityChanged, this, &RolePolicy::reload);
    }
    reload();
}

void RolePolicy::reload()
{
    std::optional<Official> official;
    UiError error;
    if (m_workspace && m_workspace->store()) {
        auto me = m_workspace->store()->syncState().me();
        if (!me.ok())
            error = UiError(me.error());
        else if (me.value())
            official = me.value()->official;
    }
    const auto may = [&](permissions::Capability c) { return official && permissions::may(*official, c); };
    const bool batch = may(permissions::Capability::BatchApproval);
    const bool returns = may(permissions::Capability::ReturnResults);
    const bool signs = may(permissions::Capability::SignResults);
    if (batch == m_batchApproval && returns == m_returnResults && signs == m_signResults && error == m_error)
        return;
    m_batchApproval = batch;
    m_returnResults = returns;
    m_signResults = signs;
    m_error = error;
    Q_EMIT changed();
}
