// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace motcua::letters {

//! Candidate files of a Times-like serif with full Vietnamese coverage, best first:
//! $MOTCUA_LETTER_FONT, Liberation Serif (fonts-liberation2 / fonts-liberation),
//! Times New Roman on Windows, DejaVu Serif as the last resort.
[[nodiscard]] QStringList serifFontCandidates();

//! Registers the first readable candidate with QFontDatabase (needs a QGuiApplication)
//! and returns its family name. Error `letters.font_missing` when none can be loaded.
[[nodiscard]] Result<QString> loadSerifFamily();

} // namespace motcua::letters
