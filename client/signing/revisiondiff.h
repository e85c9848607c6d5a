// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QStringList>

namespace motcua::signing {

class PdfFile;

//! What the incremental updates after a signed revision changed. Adding or
//! changing annotations, form fields, signatures and their appearances is
//! allowed (later signatures do it); changing what a page shows (its content
//! streams, resources, boxes, rotation), the page list or the catalog is not.
struct RevisionDiff
{
    bool pageContentChanged = false;
    QStringList changes; //!< one line per changed or added object

    //! `full` is the whole file, `revisionEnd` the end of the signed revision.
    [[nodiscard]] static Result<RevisionDiff> compare(const PdfFile &full, qint64 revisionEnd);
};

} // namespace motcua::signing
