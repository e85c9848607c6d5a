// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrules.h"

#include <algorithm>

using namespace motcua;

ActionRules::ActionRules(QObject *parent)
    : QObject(parent)
{ }

void ActionRules::update(const std::optional<Dossier> &dossier, const std::optional<Official> &official,
                         const QDateTime &now)
{
    m_offers = dossier && official ? permissions::offers(*dossier, *official, now) : QList<Offer>();
    m_atReception = dossier && dossier->state == DossierState::Received;
    m_hasSignedResult = dossier && dossier->hasSignedResult();
    m_hasApology = dossier && dossier->hasApology();
    m_apologyUnsigned = dossier
        && std::any_of(dossier->components.cbegin(), dossier->components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Apology && !c.isSigned; });
    m_late = dossier && dossier->isLate(now);
    Q_EMIT changed();
}
