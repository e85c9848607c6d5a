// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturereport.h"

#include <QJsonArray>

namespace motcua::signing {

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Modified:
        return QStringLiteral("modified");
    case Verdict::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::RevocationUnknown:
        return QStringLiteral("revocation_unknown");
    }
    return QStringLiteral("invalid");
}

QString VerdictText::text(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return tr("The signature is valid.");
    case Verdict::Invalid:
        return tr("The signature is invalid.");
    case Verdict::Modified:
        //: The document content changed after it was signed.
        return tr("The document was modified after signing.");
    case Verdict::Untrusted:
        return tr("The signer is not trusted.");
    case Verdict::RevocationUnknown:
        //: Not valid: whether the certificate was revoked could not be learnt (responders unreachable,
        //: nothing cached).
        return tr("Could not check whether the signer's certificate was revoked.");
    }
    return tr("The signature is invalid.");
}

static QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject SignatureReport::toJson() const
{
    QJsonArray br;
    for (qint64 v : byteRange)
        br.append(double(v));
    return {
        {QStringLiteral("field"), fieldName},
        {QStringLiteral("sub_filter"), subFilter},
        {QStringLiteral("signer"), signerSubject},
        {QStringLiteral("issuer"), issuerSubject},
        {QStringLiteral("certificate_sha256"), certificateSha256},
        {QStringLiteral("claimed_time"), time(claimedTime)},
        {QStringLiteral("timestamp_time"), time(timestampTime)},
        {QStringLiteral("validation_time"), time(validationTime)},
        {QStringLiteral("byte_range"), br},
        {QStringLiteral("revision_end"), double(revisionEnd)},
        {QStringLiteral("covers_whole_file"), coversWholeFile},
        {QStringLiteral("byte_range_valid"), byteRangeValid},
        {QStringLiteral("digest_matches"), digestMatches},
        {QStringLiteral("signature_valid"), signatureValid},
        {QStringLiteral("chain_trusted"), chainTrusted},
        {QStringLiteral("certificate_valid_at_signing_time"), certificateValidAtSigningTime},
        {QStringLiteral("key_usage_ok"), keyUsageOk},
        {QStringLiteral("has_timestamp"), hasTimestamp},
        {QStringLiteral("timestamp_valid"), timestampValid},
        {QStringLiteral("has_signing_time_attribute"), hasSigningTimeAttribute},
        {QStringLiteral("modified_after_signing"), modifiedAfterSigning},
        {QStringLiteral("revocation"), revocationStatus},
        {QStringLiteral("revocation_source"), revocationSource},
        {QStringLiteral("revocation_time"), time(revocationTime)},
        {QStringLiteral("revocation_detail"), revocationDetail},
        {QStringLiteral("ltv_data"), hasLtvData},
        {QStringLiteral("level"), level},
        {QStringLiteral("later_changes"), QJsonArray::fromStringList(laterChanges)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("verdict"), verdictId(verdict)},
        {QStringLiteral("verdict_text"), VerdictText::text(verdict)},
    };
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray sigs;
    for (const auto &s : signatures)
        sigs.append(s.toJson());
    return {
        {QStringLiteral("file_size"), double(fileSize)},
        {QStringLiteral("signatures"), sigs},
        {QStringLiteral("verdict"), verdictId(verdict)},
        {QStringLiteral("verdict_text"), VerdictText::text(verdict)},
    };
}

} // namespace motcua::signing
