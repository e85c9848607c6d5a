// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <utility>

//! The part every property setter shares: stores `value` and emits `changed`
//! only when the value differs. Returns whether it changed, for setters that
//! then do more (reload, rebuild).
template<typename Owner, typename T, typename V>
bool assignProperty(Owner *owner, T &member, V &&value, void (Owner::*changed)())
{
    if (member == value)
        return false;
    member = std::forward<V>(value);
    Q_EMIT(owner->*changed)();
    return true;
}
