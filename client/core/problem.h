// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonObject>

namespace motcua::json {

//! HTTP status for an error kind (Invalid 422, NotFound 404, Forbidden 403,
//! Conflict 409, Stale 412, Unauthorized 401, others 500; Network 502; Cancelled 499).
[[nodiscard]] int httpStatus(Error::Kind kind);

//! RFC 7807 problem+json body for an error: {"type","title","status","detail","code"}
//! plus "path" when the error names a field. "title" is the English message;
//! "detail" the technical detail (or the title when there is none).
[[nodiscard]] QJsonObject toProblemJson(const Error &error);

//! An Error from a problem+json body received with HTTP `status`. The kind comes
//! from the status, "code" and "path" are kept, the server's title/detail go to
//! Error::detail; the user message is a translatable text for the kind.
[[nodiscard]] Error errorFromProblemJson(const QJsonObject &problem, int status);
//! The translatable message of a problem `code` that says more than its status
//! (e.g. "action.acted_at_too_old"); nullptr for the others.
[[nodiscard]] const char *messageForCode(const QString &code);

} // namespace motcua::json
