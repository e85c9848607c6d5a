// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::signing {

enum class Verdict { Valid, Invalid, Modified, Untrusted, RevocationUnknown };

//! Wire id: "valid", "invalid", "modified", "untrusted", "revocation_unknown".
QString verdictId(Verdict v);

//! The detailed report of one signature (in the spirit of EU DSS's detailed report).
struct SignatureReport
{
    QString fieldName;
    QString subFilter;
    QString signerSubject;
    QString issuerSubject;
    QString certificateSha256;
    QDateTime claimedTime; //!< /M (not proven)
    QDateTime timestampTime; //!< genTime of a verified RFC 3161 token
    QDateTime validationTime; //!< the time the chain was checked at
    QList<qint64> byteRange;
    qint64 revisionEnd = 0;
    bool coversWholeFile = false;
    bool byteRangeValid = false;
    bool digestMatches = false;
    bool signatureValid = false;
    bool chainTrusted = false;
    bool certificateValidAtSigningTime = false;
    bool keyUsageOk = false;
    bool hasTimestamp = false;
    bool timestampValid = false;
    bool hasSigningTimeAttribute = false;
    bool modifiedAfterSigning = false;
    //! "good", "revoked", "unknown" (could not check), "not_offered", "not_checked"
    QString revocationStatus;
    QString revocationSource; //!< "ocsp", "crl", "cache", "dss"
    QDateTime revocationTime; //!< when a certificate of the chain was revoked
    QString revocationDetail; //!< English: why a responder did not answer, what was revoked
    bool hasLtvData = false; //!< the DSS holds revocation evidence about the signer
    //! PAdES level reached: "B-B", "B-T", "B-LT", "B-LTA"; empty for a document time stamp.
    QString level;
    QStringList laterChanges; //!< what later revisions changed, one line per object
    QStringList problems; //!< English technical reasons, one per failed check
    Verdict verdict = Verdict::Invalid;

    [[nodiscard]] QJsonObject toJson() const;
};

struct ValidationReport
{
    QList<SignatureReport> signatures;
    qint64 fileSize = 0;
    Verdict verdict = Verdict::Invalid; //!< the worst of all signatures; Invalid without signatures

    [[nodiscard]] QJsonObject toJson() const;
};

//! The user-facing (translated) text of a verdict.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(motcua::signing::VerdictText)
public:
    [[nodiscard]] static QString text(Verdict v);
};

} // namespace motcua::signing
