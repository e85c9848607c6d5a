// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

//! The logging category of the core layer ("motcua.core").
Q_DECLARE_LOGGING_CATEGORY(lcCore)
