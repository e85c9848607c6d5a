// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace motcua::textfold {

//! Folds text for diacritic-insensitive Vietnamese search: NFD, combining marks
//! dropped, đ/Đ → d, case-folded. "Nguyễn Văn Đạt" → "nguyen van dat".
//! The one folding of the product: the inbox's search index, the user's query,
//! the agency directory and the PDF viewer's search all go through it.
[[nodiscard]] QString fold(const QString &text);

//! fold() that also says where each folded character came from:
//! `sourceIndex[i]` is the index in `text` of the character that produced
//! folded character i. Lets a match found in folded text be shown on the
//! original text (the PDF viewer highlights the words "Nguyễn" for "nguyen").
[[nodiscard]] QString foldMapped(const QString &text, QList<int> *sourceIndex);

} // namespace motcua::textfold
