// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textfold.h" // fold(): one folding for the cache and the PDF viewer

#include <QString>
#include <QStringList>

namespace motcua::textfold {

//! The folded words of a user's query (split on anything but letters and digits).
[[nodiscard]] QStringList queryTokens(const QString &userText);

//! Words of a query beyond this many are ignored.
inline constexpr int kMaxQueryTokens = 16;

//! An FTS5 MATCH expression for the user's text: every token is a quoted FTS5
//! string (so `"`, `col:`, `*`, `AND`, `NEAR(` typed by a user are plain text),
//! tokens are ANDed, and the last one is a prefix (search as you type).
//! Empty when the text has no searchable token.
[[nodiscard]] QString ftsQuery(const QString &userText);

} // namespace motcua::textfold
