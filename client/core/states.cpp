// SPDX-License-Identifier: GPL-3.0-or-later
#include "states.h"

#include "corelog.h"
#include "wirenames.h"

Q_LOGGING_CATEGORY(lcCore, "motcua.core", QtInfoMsg)

namespace motcua {

namespace {
constexpr WireName<DossierState> kStates[] = {
    {DossierState::Received, "received", QT_TRANSLATE_NOOP("motcua::DossierState", "Received")},
    {DossierState::InReview, "in_review", QT_TRANSLATE_NOOP("motcua::DossierState", "In review")},
    {DossierState::SupplementRequested, "supplement_requested",
     QT_TRANSLATE_NOOP("motcua::DossierState", "Supplement requested")},
    {DossierState::AwaitingPayment, "awaiting_payment",
     QT_TRANSLATE_NOOP("motcua::DossierState", "Awaiting payment")},
    {DossierState::AwaitingApproval, "awaiting_approval",
     QT_TRANSLATE_NOOP("motcua::DossierState", "Awaiting approval")},
    {DossierState::Approved, "approved", QT_TRANSLATE_NOOP("motcua::DossierState", "Approved")},
    {DossierState::ResultIssued, "result_issued", QT_TRANSLATE_NOOP("motcua::DossierState", "Result issued")},
    {DossierState::Returned, "returned", QT_TRANSLATE_NOOP("motcua::DossierState", "Returned")},
    {DossierState::Rejected, "rejected", QT_TRANSLATE_NOOP("motcua::DossierState", "Rejected")},
    {DossierState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("motcua::DossierState", "Withdrawn")},
};
} // namespace

MOTCUA_WIRE_LABEL_FUNCTIONS(DossierState, allDossierStates, dossierStateFromWire, "motcua::DossierState",
                            kStates)

bool isTerminal(DossierState state)
{
    return state == DossierState::Returned || state == DossierState::Rejected
        || state == DossierState::Withdrawn;
}

int nationalStatus(DossierState state, bool rejectedAtReception)
{
    switch (state) {
    case DossierState::Received:
        return 2; // Được tiếp nhận
    case DossierState::InReview:
    case DossierState::AwaitingApproval:
    case DossierState::Approved:
        return 4; // Đang xử lý
    case DossierState::SupplementRequested:
        return 5; // Yêu cầu bổ sung
    case DossierState::AwaitingPayment:
        return 6; // Nghĩa vụ tài chính
    case DossierState::Withdrawn:
        return 7; // Công dân rút
    case DossierState::Rejected:
        return rejectedAtReception ? 3 /* Không được tiếp nhận */ : 8 /* Dừng xử lý */;
    case DossierState::ResultIssued:
        return 9; // Đã xử lý xong
    case DossierState::Returned:
        return 10; // Đã trả kết quả
    }
    return 4;
}

} // namespace motcua
