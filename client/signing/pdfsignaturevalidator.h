// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "pdffile.h"
#include "revocation.h"
#include "signaturereport.h"

#include <QByteArray>
#include <QString>

typedef struct x509_store_st X509_STORE;

namespace motcua::signing {

//! Validates every signature of a PDF (ETSI.CAdES.detached and
//! adbe.pkcs7.detached): the byte range, the digest and signature, what later
//! revisions changed, the chain to the configured trust store at signing time,
//! key usage and the RFC 3161 time stamp if present. The chain is checked at
//! the verified time stamp's time, else at the validation time (never at /M,
//! which the signer writes); revocation by OCSP/CRL (revocationchecking.cpp).
class PdfSignatureValidator
{
public:
    PdfSignatureValidator();
    ~PdfSignatureValidator();
    PdfSignatureValidator(const PdfSignatureValidator &) = delete;
    PdfSignatureValidator &operator=(const PdfSignatureValidator &) = delete;

    //! Adds trusted certificates from a PEM/DER file or every file of a directory.
    Status addTrusted(const QString &fileOrDir);
    [[nodiscard]] int trustedCount() const { return m_trusted; }

    //! Limits for hostile files (PdfLimits; its deadline is replaced by the time limit).
    void setLimits(const PdfLimits &limits) { m_limits = limits; }
    //! Wall-clock budget of one validate() call in milliseconds; -1 (default): none.
    void setTimeLimit(qint64 ms) { m_timeLimitMs = ms; }

    //! An error only when the file cannot be read as a PDF at all (pdf.too_complex
    //! when it is over a limit, other pdf.* codes when it is malformed); signature
    //! problems are verdicts in the report.
    //! `evidence` (optional) receives the chains and revocation answers that
    //! decided, for a DSS (PAdES B-LT).
    [[nodiscard]] Result<ValidationReport> validate(const QByteArray &pdf,
                                                    RevocationEvidence *evidence = nullptr) const;

    //! Where revocation answers are cached and whether responders are asked.
    void setRevocationOptions(const RevocationOptions &options) { m_revocation = options; }
    [[nodiscard]] const RevocationOptions &revocationOptions() const { return m_revocation; }

private:
    X509_STORE *m_store = nullptr;
    int m_trusted = 0;
    PdfLimits m_limits;
    qint64 m_timeLimitMs = -1;
    RevocationOptions m_revocation;
};

} // namespace motcua::signing
