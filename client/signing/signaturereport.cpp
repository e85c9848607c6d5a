// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturereport.h"

#include "core/wirenames.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace motcua::signing {

namespace {
//! Invalid first: it answers for a value out of the enum, as it always did.
constexpr WireName<Verdict> kVerdicts[] = {
    {Verdict::Invalid, "invalid"},        {Verdict::Valid, "valid"},
    {Verdict::Modified, "modified"},      {Verdict::Untrusted, "untrusted"},
    {Verdict::TooComplex, "too_complex"}, {Verdict::RevocationUnknown, "revocation_unknown"},
};
using K = PermittedChange::Kind;
constexpr WireName<K> kChangeKinds[] = {
    {K::AnnotationAdded, "annotation_added"},
    {K::AnnotationChanged, "annotation_changed"},
    {K::AnnotationRemoved, "annotation_removed"},
    {K::FormFilled, "form_filled"},
    {K::FieldAdded, "field_added"},
    {K::SignatureAdded, "signature_added"},
    {K::TimestampAdded, "timestamp_added"},
    {K::DssUpdated, "dss_updated"},
};
} // namespace

QString verdictId(Verdict v)
{
    return wire::name(kVerdicts, v);
}

bool PermittedChange::visibleOnPage() const
{
    return kind != Kind::SignatureAdded && kind != Kind::TimestampAdded && kind != Kind::DssUpdated;
}

QString PermittedChange::kindId(Kind k)
{
    return wire::name(kChangeKinds, k);
}

QList<PermittedChange> ValidationReport::laterChanges() const
{
    const SignatureReport *first = nullptr;
    for (const auto &s : signatures) {
        if (s.revisionEnd > 0 && (!first || s.revisionEnd < first->revisionEnd))
            first = &s;
    }
    return first ? first->permittedChanges : QList<PermittedChange>();
}

namespace {
//! The counted text of each kind (translated in context motcua::signing::VerdictText).
const char *countedText(PermittedChange::Kind kind)
{
    using K = PermittedChange::Kind;
    static constexpr std::pair<K, const char *> kTexts[] = {
        {K::AnnotationAdded,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText", "%n annotation(s) added after signing")},
        {K::AnnotationChanged,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText", "%n annotation(s) changed after signing")},
        {K::AnnotationRemoved,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText", "%n annotation(s) removed after signing")},
        {K::FormFilled,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText", "%n form field(s) filled in after signing")},
        {K::FieldAdded,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText", "%n form field(s) added after signing")},
        {K::SignatureAdded,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText", "%n signature(s) added after this one")},
        {K::TimestampAdded,
         QT_TRANSLATE_N_NOOP("motcua::signing::VerdictText",
                             "%n document time stamp(s) added after signing")},
    };
    for (const auto &[k, text] : kTexts) {
        if (k == kind)
            return text;
    }
    return kTexts[0].second;
}

//! One line per kind of change, in the order given, with its pages.
QStringList linesFor(const QList<PermittedChange> &changes,
                     std::initializer_list<PermittedChange::Kind> kinds)
{
    using K = PermittedChange::Kind;
    QStringList parts;
    for (K kind : kinds) {
        int n = 0;
        QList<int> pages;
        for (const auto &c : changes) {
            if (c.kind != kind)
                continue;
            ++n;
            if (c.page > 0 && !pages.contains(c.page))
                pages << c.page;
        }
        if (n == 0)
            continue;
        std::sort(pages.begin(), pages.end());
        //! DSS is one piece of evidence, whatever the number of updates: no count.
        QString part = kind == K::DssUpdated
            //: DSS: certificates and revocation answers embedded for long-term validation (PAdES B-LT).
            ? VerdictText::tr("Validation data (certificates, revocation answers) added after signing")
            : VerdictText::tr(countedText(kind), nullptr, n);
        QStringList numbers;
        for (int p : pages)
            numbers << QString::number(p);
        if (pages.size() == 1)
            part += QLatin1Char(' ') + VerdictText::tr("on page %1").arg(numbers.first());
        else if (pages.size() > 1)
            part += QLatin1Char(' ') + VerdictText::tr("on pages %1").arg(numbers.join(QStringLiteral(", ")));
        parts << part;
    }
    return parts;
}
} // namespace

QString VerdictText::notice(const QList<PermittedChange> &changes)
{
    using K = PermittedChange::Kind;
    return linesFor(
               changes,
               {K::AnnotationAdded, K::AnnotationChanged, K::AnnotationRemoved, K::FormFilled, K::FieldAdded})
        .join(QStringLiteral("; "));
}

QStringList VerdictText::changeLines(const QList<PermittedChange> &changes)
{
    using K = PermittedChange::Kind;
    return linesFor(changes,
                    {K::AnnotationAdded, K::AnnotationChanged, K::AnnotationRemoved, K::FormFilled,
                     K::FieldAdded, K::SignatureAdded, K::TimestampAdded, K::DssUpdated});
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
    case Verdict::TooComplex:
        return tr("The document is too complex to check its signature.");
    case Verdict::RevocationUnknown:
        //: Not valid: whether the certificate was revoked could not be learnt (responders unreachable,
        //: nothing cached).
        return tr("Could not check whether the signer's certificate was revoked.");
    }
    return tr("The signature is invalid.");
}

QString VerdictText::problem(const QString &technical)
{
    const QString &t = technical;
    auto has = [&t](const char *s) { return t.contains(QLatin1String(s), Qt::CaseInsensitive); };
    auto starts = [&t](const char *s) { return t.startsWith(QLatin1String(s), Qt::CaseInsensitive); };
    if (starts("certificate chain:")) {
        const bool now = has("checked now");
        if (has("expired"))
            return now ? tr("The signer's certificate has expired, and no trusted time stamp proves that "
                            "the document was signed before that.")
                       : tr("The signer's certificate had expired when the document was time-stamped.");
        if (has("not yet valid"))
            return tr("The signer's certificate was not yet valid at the time checked.");
        if (has("revoked"))
            return tr("The signer's certificate has been revoked.");
        if (has("self-signed") || has("self signed") || has("local issuer") || has("issuer certificate"))
            //: The chain of certificates does not end at a root CA configured in Settings.
            return tr("The signer's certificate was not issued by a certification authority this computer "
                      "trusts.");
        return tr("The signer's certificate could not be verified.");
    }
    if (has("was revoked on"))
        return tr("The signer's certificate has been revoked.");
    if (starts("could not check revocation") || starts("OCSP ") || starts("CRL ")
        || t == QLatin1String("offline") || starts("CA certificate"))
        return tr("Whether a certificate was revoked could not be checked with its certification authority.");
    if (has("digest does not match"))
        return tr(
            "The document was changed after it was signed: its content no longer matches the signature.");
    if (starts("the CMS signature does not verify"))
        return tr("The signature does not match the document or the signer's key.");
    if (has("/ByteRange") || has("/Contents is not inside"))
        return tr("The signature does not cover the document the way a signature must.");
    if (has("time stamp") || has("time-stamp"))
        return tr("The time stamp on the signature is not valid.");
    if (has("key usage"))
        return tr("The signer's certificate is not meant for signing documents.");
    if (has("signing-time attribute"))
        return tr("The signature does not follow the PAdES standard (it carries its own signing time).");
    if (has("certificate is missing"))
        return tr("The signer's certificate is missing from the signature.");
    if (has("CMS") || has("/SubFilter") || has("signature dictionary"))
        return tr("The signature data is damaged or in a format that cannot be checked.");
    if (has("too complex"))
        return tr("The changes made after signing are too complex to check.");
    if (has("not an incremental update") || has("cannot be read"))
        return tr("Data was added after signing in a way that cannot be checked.");
    static const QRegularExpression page(QStringLiteral("^page (\\d+) content changed"));
    if (const auto m = page.match(t); m.hasMatch())
        return tr("The content of page %1 was changed after signing.").arg(m.captured(1));
    if (has("signed field") || has("signed signature field"))
        return tr("A signature was removed or replaced after signing.");
    if (has("not permitted by the certification signature"))
        return tr("A change was made after signing that the certifying signer did not allow.");
    if (has("changed") || has("replaced") || has("added") || has("removed"))
        return tr("The document's content or structure was changed after signing.");
    return tr("The signature could not be fully verified.");
}

static QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

static QJsonArray permittedJson(const QList<PermittedChange> &changes)
{
    QJsonArray out;
    for (const auto &c : changes)
        out.append(QJsonObject {{QStringLiteral("kind"), PermittedChange::kindId(c.kind)},
                                {QStringLiteral("page"), c.page}});
    return out;
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
        {QStringLiteral("permitted_changes"), permittedJson(permittedChanges)},
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
        {QStringLiteral("notice"), VerdictText::notice(laterChanges())},
    };
}

} // namespace motcua::signing
