// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/action.h"
#include "core/actionpayload.h"
#include "core/annotation.h"
#include "core/dossier.h"
#include "core/official.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace motcua {

class Database;
namespace json {
struct Me;
}

//! Queues an official's action on the local cache: checked and applied by the
//! same Workflow as the server's (with the cached /me, procedures and working
//! calendar), and written to the outbox in the same transaction as the
//! optimistic dossier. No network: works offline, from any thread that owns the
//! Database (the UI thread's store, the sync worker's, the CLI's). The next
//! SyncEngine::push sends it (uploading the documents its payload names).
//! An annotate action also writes its annotation into the cache in that same
//! transaction, after the author-only rule for edits and deletes.
class ActionQueue
{
public:
    explicit ActionQueue(Database &db)
        : m_db(db)
    { }

    //! Returns the outbox id. A refused action never enters the outbox.
    Result<qint64> queueTyped(const Dossier &dossier, ActionKind kind, const ActionPayload &payload,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    //! The same from a wire object (the command line's --payload, the reuse panel, tests).
    Result<qint64> queue(const Dossier &dossier, ActionKind kind, const QJsonObject &payload,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    //! The cached signed-in official (Unauthorized "sync.me_missing" if never synchronized).
    Result<Official> me();
    //! The same with the official's agency: the cached GET /me.
    static Result<json::Me> cachedMe(Database &db);
    //! The actions the cached official may take on the dossier now (for menus and buttons).
    Result<QList<ActionKind>> allowed(const Dossier &dossier);

private:
    //! For annotate: fills author/dossier_id when absent and applies
    //! Workflow::checkAnnotationChange against the cached copy (refused offline too).
    Result<Annotation> checkedAnnotation(const Dossier &dossier, QJsonObject &payload,
                                         const Official &official);

    Database &m_db;
};

} // namespace motcua
