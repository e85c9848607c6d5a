// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanpages.h"

namespace motcua::digitize {

void ScanPages::append(const QString &path)
{
    m_pages.append(ScanPage {path, 0});
}

bool ScanPages::move(qsizetype from, qsizetype to)
{
    if (!valid(from) || !valid(to))
        return false;
    m_pages.move(from, to);
    return true;
}

bool ScanPages::rotate(qsizetype index, int quarterTurns)
{
    if (!valid(index))
        return false;
    m_pages[index].rotation = (((m_pages[index].rotation + 90 * quarterTurns) % 360) + 360) % 360;
    return true;
}

bool ScanPages::remove(qsizetype index)
{
    if (!valid(index))
        return false;
    m_pages.removeAt(index);
    return true;
}

bool ScanPages::replace(qsizetype index, const QString &path)
{
    if (!valid(index))
        return false;
    m_pages[index] = ScanPage {path, 0};
    return true;
}

} // namespace motcua::digitize
