// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageassembler.h"

#include <QList>

namespace motcua::digitize {

//! The pages of one component while the official arranges them: order, rotate,
//! delete, re-scan (replace a page's image and keep its place). Plain data so the
//! rules are tested without a screen; out-of-range indexes change nothing and say so.
class ScanPages
{
public:
    [[nodiscard]] const QList<ScanPage> &pages() const { return m_pages; }
    [[nodiscard]] qsizetype size() const { return m_pages.size(); }
    void append(const QString &path);
    bool move(qsizetype from, qsizetype to);
    //! Quarter turns clockwise (negative: anticlockwise).
    bool rotate(qsizetype index, int quarterTurns = 1);
    bool remove(qsizetype index);
    //! A re-scan: the new image takes the page's place, its rotation starts again at 0.
    bool replace(qsizetype index, const QString &path);
    void clear() { m_pages.clear(); }

private:
    [[nodiscard]] bool valid(qsizetype i) const { return i >= 0 && i < m_pages.size(); }
    QList<ScanPage> m_pages;
};

} // namespace motcua::digitize
