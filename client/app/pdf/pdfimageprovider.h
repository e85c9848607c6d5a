// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickAsyncImageProvider>

namespace motcua::pdf {

//! image://motcuapdf/<document id>/<page>/<rotation>/<bucket>[/t]: pages rendered by the
//! document's RenderQueue on its worker threads (never on the GUI thread); `/t`
//! marks a thumbnail, rendered after the pages waiting.
class PdfImageProvider : public QQuickAsyncImageProvider
{
public:
    static constexpr auto kId = "motcuapdf";
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;
};

} // namespace motcua::pdf
