// SPDX-License-Identifier: GPL-3.0-or-later
#include "longterm.h"

#include "documenttimestamp.h"
#include "dsswriter.h"
#include "pdfsignaturevalidator.h"
#include "timestampupgrade.h"
#include "tsaclient.h"

namespace motcua::signing {

Result<LongTermDocument> extendLongTerm(const QByteArray &input, const LongTermOptions &options)
{
    if (options.archive && !options.tsa)
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("signing.tsa_required"),
            QT_TRANSLATE_NOOP("motcua::Error", "An archive time stamp needs a time-stamp service."));
    QByteArray pdf = input;
    if (options.tsa) {
        //! B-LT builds on B-T: a last signature made offline gets its time stamp first.
        if (auto has = TimestampUpgrade::hasTimestamp(pdf); has && !has.value()) {
            auto stamped = TimestampUpgrade::addTimestamp(pdf, *options.tsa);
            if (!stamped)
                return stamped.error();
            pdf = stamped.value();
        }
    }
    PdfSignatureValidator validator;
    for (const QString &t : options.trust) {
        if (auto st = validator.addTrusted(t); !st)
            return st.error();
    }
    validator.setRevocationOptions(options.revocation);
    LongTermDocument out;
    auto report = validator.validate(pdf, &out.evidence);
    if (!report)
        return report.error();
    if (report->signatures.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("signing.no_signature"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The document has no signature."));
    for (const SignatureReport &s : std::as_const(report->signatures)) {
        //! Evidence is only worth keeping for signatures that are valid now.
        if (s.verdict != Verdict::Valid)
            return Error::make(
                       Error::Kind::Invalid, QStringLiteral("signing.extend_invalid"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "The signature %1 is not valid now (%2); long-term validation "
                                         "data was not added."),
                       {s.fieldName, VerdictText::text(s.verdict)})
                .withDetail(s.problems.join(QStringLiteral("; ")));
    }
    auto withDss = DssWriter::append(pdf, out.evidence);
    if (!withDss)
        return withDss.error();
    out.pdf = withDss.value();
    if (options.archive) {
        auto stamped = DocumentTimestamp::append(out.pdf, *options.tsa);
        if (!stamped)
            return stamped.error();
        out.pdf = stamped.value();
    }
    return out;
}

Result<UpgradedSignature> completeTimestamp(const QByteArray &pdf, TsaClient &tsa,
                                            const std::optional<LongTermOptions> &longTerm)
{
    auto stamped = TimestampUpgrade::addTimestamp(pdf, tsa);
    if (!stamped)
        return stamped.error();
    UpgradedSignature out;
    out.pdf = stamped.value();
    if (!longTerm)
        return out;
    LongTermOptions lt = *longTerm;
    lt.tsa = &tsa;
    auto extended = extendLongTerm(out.pdf, lt);
    if (!extended) {
        out.longTermError = extended.error();
        return out;
    }
    out.pdf = extended->pdf;
    out.longTerm = extended->hasRevocationEvidence();
    return out;
}

} // namespace motcua::signing
