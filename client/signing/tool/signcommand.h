// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace motcua::signing::tool {

//! `motcua-sign sign ...`; returns the process exit code.
int runSign(const QStringList &args);
//! `motcua-sign verify FILE ...`; 0 valid, 1 invalid/modified/untrusted, 2 error.
int runVerify(const QStringList &args);
//! extend --level lt|lta: DSS (+ document time stamp) for signed files (extendcommand.cpp).
int runExtend(const QStringList &args);
//! `motcua-sign tokens --pkcs11-module LIB`: lists tokens.
int runTokens(const QStringList &args);

} // namespace motcua::signing::tool
