// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace motcua {

//! Announces new work in the outbox, once the transaction that queued it has
//! committed, from whichever thread queued it (the UI's store, the batch worker's,
//! the command line's). The desk's SyncController listens and starts a sync, so no
//! caller has to relay "something changed, please sync" by hand.
class OutboxNotifier : public QObject
{
    Q_OBJECT
public:
    //! The process's notifier (created on first use; emitting is thread-safe).
    [[nodiscard]] static OutboxNotifier *instance();

Q_SIGNALS:
    //! An action on `dossierId` was queued and committed.
    void workQueued(const QString &dossierId);

private:
    OutboxNotifier() = default;
};

} // namespace motcua
