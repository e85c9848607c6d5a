// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "core/action.h"
#include "core/dossier.h"
#include "core/result.h"

#include <QStringList>

namespace motcua::server {

class Database;
class DossierStore;

//! What an official may name and fetch by hash. Documents are content-addressed,
//! so a hash alone must never be a capability: a document may appear in an
//! action, or be downloaded, only when the caller's agency
//! - uploaded it (document_uploads), or
//! - holds a dossier that references it (dossier_documents), or
//! - handles a dossier of the citizen whose e-data warehouse holds it (a reuse,
//!   written to the audit log).
//! The server also decides whether a component is signed: it runs the project's
//! validator (motcua_signing) on the stored bytes and records "signed": false for
//! anything whose signatures do not verify, whatever the client claimed.
class DocumentAccess
{
public:
    DocumentAccess(Database *db, DossierStore *store, QString documentsDir);

    //! Checks every document the action's payload names ("component",
    //! "components", "attachments") for a caller acting on `dossier`, rewrites
    //! their "signed" flags to what the server verified, and logs reuses.
    //! Forbidden ("document.forbidden", 403) when one is not the caller's to name.
    Status checkAction(const Caller &caller, const Dossier &dossier, Action &action);

    //! May `agencyCode` download the document?
    Result<bool> mayDownload(const QString &sha256, const QString &agencyCode);

    //! Does `agencyCode` hold a dossier of this citizen (id number)?
    Result<bool> handlesCitizen(const QString &idNumber, const QString &agencyCode);

    //! True when the stored PDF has at least one signature and every signature's
    //! byte range, digest and signature value verify and nothing but permitted
    //! changes follow it. Trust in the signer's chain is the reader's verdict
    //! (the client shows it); the server records only cryptographic integrity.
    [[nodiscard]] bool verifiesAsSigned(const QString &sha256) const;

private:
    //! Whether the query finds at least one row.
    Result<bool> anyRow(const QString &sql, const QVariantList &binds);
    Result<bool> mayReferenceDirectly(const QString &sha256, const QString &agencyCode);
    Result<bool> inWarehouse(const QString &sha256, const QString &idNumber);
    Database *m_db;
    DossierStore *m_store;
    QString m_documentsDir;
};

} // namespace motcua::server
