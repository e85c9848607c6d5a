// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace motcua::cli {

//! Prints the error (in the UI language) on stderr and returns its exit code.
int reportError(const Error &e);
//! Prints a mistake in the command line on stderr (after "motcua COMMAND: " when a
//! command is named) and returns ExitUser.
int userError(const QString &message, const char *command = nullptr);

int cmdLogin(CliContext &ctx, const QCommandLineParser &args);
int cmdLogout(CliContext &ctx, const QCommandLineParser &args);
int cmdSync(CliContext &ctx, const QCommandLineParser &args);
int cmdInbox(CliContext &ctx, const QCommandLineParser &args);
int cmdShow(CliContext &ctx, const QCommandLineParser &args);
int cmdAct(CliContext &ctx, const QCommandLineParser &args);
int cmdOutbox(CliContext &ctx, const QCommandLineParser &args);
int cmdApprove(CliContext &ctx, const QCommandLineParser &args);
int cmdExport(CliContext &ctx, const QCommandLineParser &args);
//! `motcua receive`: reception at the desk (receivecommand.cpp).
int cmdReceive(CliContext &ctx, const QCommandLineParser &args);
//! The indicator report (Decision 766) as CSV or PDF, from the cache.
int cmdReport(CliContext &ctx, const QCommandLineParser &args);
//! `due --received T (--days N | --procedure CODE) [--pause FROM/TO]... [--calendar FILE] [--json]`
int cmdDue(CliContext &ctx, const QCommandLineParser &args);
//! The payload of `act CODE annotate` from --component/--page/--rect/--text/--kind
//! (or --annotation ID to edit, --delete to delete one's own).
Result<QJsonObject> annotationPayload(CliContext &ctx, const Dossier &dossier,
                                      const QCommandLineParser &args);

} // namespace motcua::cli
