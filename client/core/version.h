// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace motcua {

//! The product version from the top-level CMake project().
[[nodiscard]] QString version();

} // namespace motcua
