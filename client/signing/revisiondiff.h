// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "signaturereport.h"

#include <QByteArray>
#include <QStringList>

namespace motcua::signing {

class PdfFile;

//! What the incremental updates after a signed revision changed, judged on the
//! object graph (the model of pyHanko's difference analysis and EU DSS): every
//! object reachable from the trailer's /Root is compared by what it resolves to,
//! with a visited set (no depth cap). Allowed: new signature fields and their
//! values, document time stamps, /DSS; annotations and form fill after an
//! approval signature, and on a certified document only what its DocMDP /P
//! allows (1: time stamps and DSS only, 2: + form fill and signing, 3: +
//! annotations). Anything else (page content, resources, fonts, XObjects at any
//! depth, optional content, catalog entries, the page tree, /AcroForm entries,
//! metadata...) is a modification.
struct RevisionDiff
{
    bool modified = false;
    QStringList modifications; //!< English, one line per forbidden change
    QList<PermittedChange> permitted;
    QStringList changes; //!< English, every change (forbidden and permitted), for the details
    int docMdpPermissions = 0; //!< /P of the certification signature; 0 when not certified

    //! `full` is the whole file, `revisionEnd` the end of the signed revision. An
    //! error when a revision cannot be read (pdf.too_complex when over a limit).
    [[nodiscard]] static Result<RevisionDiff> compare(const PdfFile &full, qint64 revisionEnd);
};

} // namespace motcua::signing
