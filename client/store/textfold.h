// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace motcua::textfold {

//! Folds text for diacritic-insensitive Vietnamese search: NFD, combining marks
//! dropped, đ/Đ → d, case-folded. "Nguyễn Văn Đạt" → "nguyen van dat".
//! The same function folds what is indexed and what the user types.
[[nodiscard]] QString fold(const QString &text);

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
