// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/renderqueue.h"

#include <QString>
#include <memory>

namespace motcua::pdf {

//! Open documents by id, so that image URLs (image://motcuapdf/<id>/...) reach the
//! right RenderQueue from the image provider's threads. Thread-safe.
class PdfRegistry
{
public:
    static QString add(std::shared_ptr<RenderQueue> queue);
    static void remove(const QString &id);
    [[nodiscard]] static std::shared_ptr<RenderQueue> find(const QString &id);
};

} // namespace motcua::pdf
