// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"
#include "servercontext.h"

namespace motcua::server {

//! GET|PUT /documents/{sha256}: content-addressed PDFs in <data-dir>/documents.
void registerDocumentHandlers(Router &router, ServerContext &ctx);
//! POST /tsa (RFC 3161), GET /tsa/certificate
void registerTsaHandlers(Router &router, ServerContext &ctx);

//! Stores a PDF under its SHA-256 (used by the demo seeder too). Returns true when newly written.
//! `uploaderAgency` (may be empty) may then download it before any dossier references it.
Result<bool> storeDocument(ServerContext &ctx, const QString &sha256, const QByteArray &pdf,
                           const QString &uploaderAgency = {});
QString documentPath(const ServerContext &ctx, const QString &sha256);
bool isSha256Hex(const QString &s);

//! Parses a single "bytes=a-b" range against a size. nullopt = unsatisfiable;
//! {-1,-1} = no/ignored range header (serve everything).
std::optional<QPair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size);

} // namespace motcua::server
