// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outboxnotifier.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

//! Calls `fn` on `receiver`'s thread whenever the outbox announces new work: at
//! once for work queued on that thread (the UI's own actions: the screen is right
//! when the call returns), and once per burst for work queued by another thread
//! (a batch of a hundred signatures is one reload, not two hundred).
inline void onOutboxWork(QObject *receiver, std::function<void()> fn)
{
    auto scheduled = std::make_shared<std::atomic_bool>(false);
    QPointer<QObject> guard(receiver);
    QObject::connect(
        motcua::OutboxNotifier::instance(), &motcua::OutboxNotifier::workQueued, receiver,
        [guard, fn, scheduled](const QString &) {
            if (!guard)
                return;
            if (QThread::currentThread() == guard->thread()) {
                fn();
                return;
            }
            if (scheduled->exchange(true))
                return;
            QMetaObject::invokeMethod(
                guard,
                [fn, scheduled] {
                    scheduled->store(false);
                    fn();
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
}
