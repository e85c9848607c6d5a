// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

namespace motcua {

QString version()
{
    return QStringLiteral(MOTCUA_VERSION);
}

} // namespace motcua
