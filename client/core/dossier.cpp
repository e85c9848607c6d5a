// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier.h"

#include <algorithm>

namespace motcua {

bool Dossier::isOverdue(const QDateTime &now) const
{
    if (isTerminal(state) || finishedAt.isValid() || !dueAt.isValid() || !now.isValid())
        return false;
    //! The clock does not run while the applicant prepares the supplement.
    if (isPaused())
        return pausedAt > dueAt;
    return now > dueAt;
}

bool Dossier::isLate(const QDateTime &now) const
{
    if (supplementCount > 1)
        return true;
    if (finishedAt.isValid())
        return dueAt.isValid() && finishedAt > dueAt;
    return isOverdue(now);
}

bool Dossier::isOnTime() const
{
    if (state == DossierState::Rejected || state == DossierState::Withdrawn)
        return false;
    return finishedAt.isValid() && dueAt.isValid() && finishedAt <= dueAt && supplementCount <= 1;
}

bool Dossier::isPaused() const
{
    return pausedAt.isValid()
        && (state == DossierState::SupplementRequested || state == DossierState::AwaitingPayment);
}

Remaining Dossier::remaining(const QDateTime &now, const WorkingCalendar &calendar) const
{
    QDateTime at = now;
    if (finishedAt.isValid())
        at = finishedAt;
    else if (isTerminal(state))
        return {};
    else if (isPaused())
        at = pausedAt;
    return calendar.remaining(dueAt, at);
}

bool Dossier::hasSignedResult() const
{
    return std::any_of(components.cbegin(), components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Result && c.isSigned; });
}

bool Dossier::hasApology() const
{
    return std::any_of(components.cbegin(), components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Apology; });
}

bool Dossier::hasSignedApology() const
{
    return std::any_of(components.cbegin(), components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Apology && c.isSigned; });
}

} // namespace motcua
