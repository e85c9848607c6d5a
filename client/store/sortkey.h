// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::sortkey {

//! A binary sort key for Vietnamese text, stored in a BLOB column at write time
//! so that SQLite's ORDER BY (memcmp) sorts names as QCollator(vi_VN) does:
//! letters a < ă < â ... d < đ ... o < ô < ơ ... u < ư; tones compared after
//! the letters (none < huyền < hỏi < ngã < sắc < nặng); lower case before
//! upper case. QCollatorSortKey cannot be stored (it is opaque), hence this
//! three-level key in the manner of the Unicode Collation Algorithm with the
//! CLDR Vietnamese tailoring; tests check it against QCollator.
[[nodiscard]] QByteArray vietnamese(const QString &text);

} // namespace motcua::sortkey
