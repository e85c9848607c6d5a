// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//! The indicator report draws with the same Decree 30/2020 page as the letters
//! and slips (letterlayout.h); these names are what it was written against.

#include "letterlayout.h"

namespace motcua::letters {

constexpr int kDpi = kLetterDpi;
using Page = LetterPage;

} // namespace motcua::letters
