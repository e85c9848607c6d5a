// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchrepository.h"
#include "core/states.h"
#include "store/outboxrepository.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

//! The core's states as QML enums (issue 17: QML compares enums, never wire
//! strings). The values are the core's, checked below, so a controller hands
//! `int(state)` to QML and QML writes e.g. `DossierState.ResultIssued`.

namespace DossierStateQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(DossierState)
enum Value {
    None = -1, //!< no dossier loaded
    Received = int(motcua::DossierState::Received),
    InReview = int(motcua::DossierState::InReview),
    SupplementRequested = int(motcua::DossierState::SupplementRequested),
    AwaitingPayment = int(motcua::DossierState::AwaitingPayment),
    AwaitingApproval = int(motcua::DossierState::AwaitingApproval),
    Approved = int(motcua::DossierState::Approved),
    ResultIssued = int(motcua::DossierState::ResultIssued),
    Returned = int(motcua::DossierState::Returned),
    Rejected = int(motcua::DossierState::Rejected),
    Withdrawn = int(motcua::DossierState::Withdrawn),
};
Q_ENUM_NS(Value)
} // namespace DossierStateQml

namespace BatchItemStateQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(BatchItemState)
enum Value {
    None = -1, //!< a candidate, not in a job yet
    Pending = int(motcua::batch::ItemState::Pending),
    Signed = int(motcua::batch::ItemState::Signed),
    Queued = int(motcua::batch::ItemState::Queued),
    Done = int(motcua::batch::ItemState::Done),
    Failed = int(motcua::batch::ItemState::Failed),
    Excluded = int(motcua::batch::ItemState::Excluded),
};
Q_ENUM_NS(Value)
} // namespace BatchItemStateQml

namespace OutboxStateQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(OutboxState)
enum Value {
    None = -1, //!< nothing queued from this screen yet
    Pending = int(motcua::OutboxState::Pending),
    Sending = int(motcua::OutboxState::Sending),
    Failed = int(motcua::OutboxState::Failed),
    Conflict = int(motcua::OutboxState::Conflict),
    Done = int(motcua::OutboxState::Done),
};
Q_ENUM_NS(Value)
} // namespace OutboxStateQml

static_assert(DossierStateQml::Withdrawn == 9 && BatchItemStateQml::Excluded == 5
                  && OutboxStateQml::Done == 4,
              "the QML enums mirror the core's declaration order");
