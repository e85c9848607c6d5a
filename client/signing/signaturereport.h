// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::signing {

enum class Verdict { Valid, Invalid, Modified, Untrusted, TooComplex, RevocationUnknown };

//! Wire id: "valid", "invalid", "modified", "untrusted", "too_complex", "revocation_unknown".
QString verdictId(Verdict v);

//! A change after a signed revision that keeps the signature valid (in the spirit
//! of pyHanko's difference analysis): said on the badge when it can cover content.
struct PermittedChange
{
    enum class Kind {
        AnnotationAdded,
        AnnotationChanged,
        AnnotationRemoved,
        FormFilled,
        FieldAdded,
        SignatureAdded,
        TimestampAdded,
        DssUpdated,
    };
    Kind kind = Kind::AnnotationAdded;
    int page = 0; //!< 1-based page of an annotation or widget; 0 when none
    bool operator==(const PermittedChange &) const = default;
    //! Annotations and form changes can cover what a page shows: the badge says them.
    [[nodiscard]] bool visibleOnPage() const;
    [[nodiscard]] static QString kindId(Kind k);
};

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
    QList<PermittedChange> permittedChanges; //!< the allowed ones among them
    QStringList problems; //!< English technical reasons, one per failed check
    Verdict verdict = Verdict::Invalid;

    [[nodiscard]] QJsonObject toJson() const;
};

struct ValidationReport
{
    QList<SignatureReport> signatures;
    qint64 fileSize = 0;
    Verdict verdict = Verdict::Invalid; //!< the worst of all signatures; Invalid without signatures

    //! The permitted changes after the first signature (the one that covers the least),
    //! for the badge's notice.
    [[nodiscard]] QList<PermittedChange> laterChanges() const;
    [[nodiscard]] QJsonObject toJson() const;
};

//! The user-facing (translated) text of a verdict.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(motcua::signing::VerdictText)
public:
    [[nodiscard]] static QString text(Verdict v);
    //! "2 annotations added after signing on page 3, 1 form field filled in after
    //! signing": the changes that can cover content; empty when there are none.
    [[nodiscard]] static QString notice(const QList<PermittedChange> &changes);
    //! Every permitted change in words, one line per kind: the notice's lines, then the
    //! signatures, document time stamps and validation data added after signing.
    [[nodiscard]] static QStringList changeLines(const QList<PermittedChange> &changes);
    //! What one of SignatureReport::problems (English, technical: OpenSSL's and the
    //! revision analysis's words) means for an official, translated. The technical
    //! text stays available as the detail.
    [[nodiscard]] static QString problem(const QString &technical);
};

} // namespace motcua::signing
