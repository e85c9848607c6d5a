// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace motcua::schema {

//! Migration steps: step i (0-based) brings the file from user_version i to
//! i + 1. Steps are append-only: never edit a released step, add a new one.
[[nodiscard]] const QList<QStringList> &migrations();

//! The CREATE INDEX statements of the dossiers table's secondary indexes in the
//! latest schema version, and their names as quoted SQL literals. A bulk first
//! pull drops them and builds them once at its end
//! (Database::restoreDossierIndexes). Earlier steps refer to these statements by
//! position.
[[nodiscard]] const QStringList &dossierIndexes();
//! The search index of keyed tokens (issue 19): created by the migration step,
//! and again when a cache is resealed (dropping it leaves no old token behind).
const QString &searchIndexStatement();
[[nodiscard]] const QStringList &dossierIndexNames();
//! The search index of keyed tokens (issue 19): created by the migration step,
//! and again when a cache is resealed (dropping it leaves no old token behind).
[[nodiscard]] const QString &searchIndexStatement();

} // namespace motcua::schema
