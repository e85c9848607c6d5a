// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace motcua::server {

//! `motcua-central calendar import FILE | export [--year Y] [--out FILE] | project YEAR`
//! with --db URL or --data-dir DIR as for the server. Import is all or nothing: a
//! file with any error changes nothing. Returns the process exit code.
int runCalendarCommand(const QStringList &arguments);

} // namespace motcua::server
