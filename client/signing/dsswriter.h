// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "revocation.h"

#include <QByteArray>

namespace motcua::signing {

class PdfFile;

//! The Document Security Store (ISO 32000-2 12.8.4.3, PAdES B-LT): the
//! certificates, OCSP responses and CRLs a validator needs years later, when
//! responders have moved, kept in the catalog's /DSS (/Certs, /OCSPs, /CRLs
//! arrays of streams). Written by incremental update, so earlier signatures stay
//! intact and validators treat it as a permitted change.
class DssWriter
{
public:
    //! What the document's DSS holds (empty without one; unreadable entries are skipped).
    [[nodiscard]] static RevocationEvidence read(const PdfFile &file);
    //! `pdf` followed by one incremental update whose /DSS holds the existing
    //! entries plus those of `evidence` not yet there. Unchanged `pdf` when
    //! nothing is new.
    [[nodiscard]] static Result<QByteArray> append(const QByteArray &pdf, const RevocationEvidence &evidence);
};

} // namespace motcua::signing
