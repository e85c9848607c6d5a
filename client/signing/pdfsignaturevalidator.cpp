// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsignaturevalidator.h"

#include "chainvalidation.h"
#include "documenttimestamp.h"
#include "dsswriter.h"
#include "opensslutil.h"
#include "pdffile.h"
#include "pdfparser.h"
#include "revisiondiff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::signing {

PdfSignatureValidator::PdfSignatureValidator()
    : m_store(X509_STORE_new())
{ }

PdfSignatureValidator::~PdfSignatureValidator()
{
    X509_STORE_free(m_store);
}

Status PdfSignatureValidator::addTrusted(const QString &fileOrDir)
{
    QStringList files;
    const QFileInfo fi(fileOrDir);
    if (fi.isDir()) {
        for (const QFileInfo &f : QDir(fileOrDir).entryInfoList(QDir::Files, QDir::Name))
            files << f.absoluteFilePath();
    } else if (fi.isFile()) {
        files << fileOrDir;
    }
    if (files.isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("signing.trust_store"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The trust store %1 has no certificates."),
                           {fileOrDir});
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.read(16 * 1024 * 1024);
        BIO *bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
        int added = 0;
        while (X509 *c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            added += X509_STORE_add_cert(m_store, c) == 1;
            X509_free(c);
        }
        BIO_free(bio);
        if (added == 0) {
            if (X509 *c = x509FromDer(bytes)) {
                added += X509_STORE_add_cert(m_store, c) == 1;
                X509_free(c);
            }
        }
        ERR_clear_error();
        m_trusted += added;
    }
    if (m_trusted == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("signing.trust_store"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The trust store %1 has no certificates."),
                           {fileOrDir});
    return {};
}

namespace {

//! More signed fields than any real dossier document has: beyond it the file is
//! "too complex" instead of hashing the whole file once per field.
constexpr qsizetype kMaxSignatures = 100;

struct Candidate
{
    QString name;
    PdfObject valueRef;
};

void collectFields(const PdfFile &file, const PdfObject &fields, QList<Candidate> &out, QSet<int> &seen,
                   int depth)
{
    auto arr = file.resolve(fields);
    if (!arr || !arr->isArray() || depth > 32)
        return;
    for (const auto &f : arr->array) {
        if (f.isRef()) {
            if (seen.contains(f.refNum))
                continue;
            seen.insert(f.refNum);
        }
        auto field = file.resolve(f);
        if (!field || !field->isDict())
            continue;
        if (field->has("Kids"))
            collectFields(file, field->get("Kids"), out, seen, depth + 1);
        const PdfObject &v = field->get("V");
        if (field->get("FT").isName("Sig") && !v.isNull())
            out.append({QString::fromUtf8(field->get("T").token), v});
    }
}

//! Positions just after each "%%EOF" (and its end-of-line): the ends of revisions.
QList<qint64> revisionEnds(const QByteArray &data)
{
    QList<qint64> ends;
    qsizetype p = 0;
    while ((p = data.indexOf("%%EOF", p)) >= 0) {
        p += 5;
        qint64 e = p;
        if (e < data.size() && data[e] == '\r')
            ++e;
        if (e < data.size() && data[e] == '\n')
            ++e;
        ends << p;
        if (e != p)
            ends << e;
        if (e > p + 1)
            ends << p + 1;
    }
    return ends;
}

X509 *signerCertificate(CMS_ContentInfo *cms)
{
    STACK_OF(X509) *signers = CMS_get0_signers(cms);
    X509 *c = signers && sk_X509_num(signers) > 0 ? sk_X509_value(signers, 0) : nullptr;
    if (c)
        X509_up_ref(c);
    sk_X509_free(signers);
    return c;
}

} // namespace

static void verifyTimestamp(SignatureReport &r, CMS_SignerInfo *si, X509_STORE *store)
{
    const int idx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (idx < 0)
        return;
    r.hasTimestamp = true;
    ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, idx), 0);
    if (!t || t->type != V_ASN1_SEQUENCE) {
        r.problems << QStringLiteral("the time-stamp attribute is malformed");
        return;
    }
    const unsigned char *p = t->value.sequence->data;
    PKCS7 *token = d2i_PKCS7(nullptr, &p, t->value.sequence->length);
    if (!token) {
        r.problems << QStringLiteral("the time-stamp token cannot be parsed");
        return;
    }
    const ASN1_OCTET_STRING *sig = CMS_SignerInfo_get0_signature(si);
    const QByteArray imprint = sha256(QByteArray(reinterpret_cast<const char *>(sig->data), sig->length));
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    auto *buf = static_cast<unsigned char *>(OPENSSL_malloc(size_t(imprint.size())));
    memcpy(buf, imprint.constData(), size_t(imprint.size()));
    TS_VERIFY_CTX_set_imprint(ctx, buf, long(imprint.size()));
    X509_STORE_up_ref(store);
    TS_VERIFY_CTX_set_store(ctx, store);
    TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_SIGNER | TS_VFY_IMPRINT);
    r.timestampValid = TS_RESP_verify_token(ctx, token) == 1;
    if (!r.timestampValid)
        r.problems << QStringLiteral("the time stamp does not verify: ") + opensslErrors();
    if (TS_TST_INFO *info = PKCS7_to_TS_TST_INFO(token)) {
        if (r.timestampValid)
            r.timestampTime = asn1TimeToDateTime(TS_TST_INFO_get_time(info));
        TS_TST_INFO_free(info);
    }
    TS_VERIFY_CTX_free(ctx);
    PKCS7_free(token);
}

static void verifyCms(SignatureReport &r, const QByteArray &der, const QByteArray &content,
                      const ChainContext &chain)
{
    X509_STORE *store = chain.store;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, long(der.size()));
    if (!cms) {
        r.problems << QStringLiteral("/Contents is not a CMS SignedData");
        return;
    }
    // The content goes through a null filter: given a memory BIO, OpenSSL 3.0's
    // CMS_verify copies it into a temporary one that it leaks when the CMS is
    // malformed (found by tests/fuzz/fuzz_validator).
    BIO *bio = BIO_push(BIO_new(BIO_f_null()), BIO_new_mem_buf(content.constData(), int(content.size())));
    r.signatureValid = CMS_verify(cms, nullptr, nullptr, bio, nullptr,
                                  CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY)
        == 1;
    BIO_free_all(bio);
    if (!r.signatureValid)
        r.problems << QStringLiteral("the CMS signature does not verify: ") + opensslErrors();
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    CMS_SignerInfo *si
        = infos && sk_CMS_SignerInfo_num(infos) == 1 ? sk_CMS_SignerInfo_value(infos, 0) : nullptr;
    if (!si) {
        r.problems << QStringLiteral("the CMS must have exactly one signer");
        r.signatureValid = false;
        CMS_ContentInfo_free(cms);
        return;
    }
    // The message digest alone tells "content changed" from "signature broken".
    X509_ALGOR *digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
    const ASN1_OBJECT *algObj = nullptr;
    X509_ALGOR_get0(&algObj, nullptr, nullptr, digestAlg);
    const EVP_MD *md = algObj ? EVP_get_digestbyobj(algObj) : nullptr;
    const ASN1_OCTET_STRING *md0 = static_cast<const ASN1_OCTET_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    if (md && md0) {
        unsigned char h[EVP_MAX_MD_SIZE];
        unsigned int hl = 0;
        EVP_Digest(content.constData(), size_t(content.size()), h, &hl, md, nullptr);
        r.digestMatches = int(hl) == md0->length && memcmp(h, md0->data, hl) == 0;
    }
    if (!r.digestMatches)
        r.problems << QStringLiteral("the document digest does not match the signed digest");
    r.hasSigningTimeAttribute = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;
    if (r.hasSigningTimeAttribute && r.subFilter == QLatin1String("ETSI.CAdES.detached"))
        r.problems << QStringLiteral("a PAdES signature must not carry a signing-time attribute");
    X509 *cert = signerCertificate(cms);
    if (!cert) {
        // CMS_verify failed before it matched the signer: look the certificate up ourselves.
        STACK_OF(X509) *certs = CMS_get1_certs(cms);
        for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
            if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0) {
                cert = sk_X509_value(certs, i);
                X509_up_ref(cert);
                break;
            }
        }
        sk_X509_pop_free(certs, X509_free);
    }
    if (!cert) {
        r.problems << QStringLiteral("the signer's certificate is missing");
        r.signatureValid = false;
        CMS_ContentInfo_free(cms);
        return;
    }
    r.signerSubject = x509Subject(cert);
    char *issuer = X509_NAME_oneline(X509_get_issuer_name(cert), nullptr, 0);
    r.issuerSubject = QString::fromUtf8(issuer);
    OPENSSL_free(issuer);
    r.certificateSha256 = QString::fromLatin1(sha256(x509ToDer(cert)).toHex());
    verifyTimestamp(r, si, store);
    STACK_OF(X509) *cmsCerts = CMS_get1_certs(cms);
    verifyChain(r, cert, cmsCerts, chain);
    sk_X509_pop_free(cmsCerts, X509_free);
    X509_free(cert);
    CMS_ContentInfo_free(cms);
}

//! PAdES baseline level of each signature: B-T with a verified signature time
//! stamp, B-LT when the DSS also holds revocation evidence about the signer,
//! B-LTA when a valid document time stamp covers that DSS.
static void assignLevels(QList<SignatureReport> &sigs)
{
    for (SignatureReport &r : sigs) {
        if (r.subFilter == QLatin1String("ETSI.RFC3161"))
            continue;
        r.level = QStringLiteral("B-B");
        if (r.hasTimestamp && r.timestampValid)
            r.level = QStringLiteral("B-T");
        if (r.level == QLatin1String("B-T") && r.hasLtvData) {
            r.level = QStringLiteral("B-LT");
            for (const SignatureReport &t : std::as_const(sigs)) {
                if (t.subFilter == QLatin1String("ETSI.RFC3161") && t.timestampValid && t.byteRangeValid
                    && t.revisionEnd > r.revisionEnd)
                    r.level = QStringLiteral("B-LTA");
            }
        }
    }
}

Result<ValidationReport> PdfSignatureValidator::validate(const QByteArray &pdf,
                                                         RevocationEvidence *evidence) const
{
    PdfLimits limits = m_limits;
    limits.deadline
        = m_timeLimitMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(m_timeLimitMs);
    auto parsed = PdfFile::parse(pdf, limits);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    ValidationReport report;
    report.fileSize = pdf.size();
    auto catalog = file.catalog();
    if (!catalog)
        return catalog.error();
    auto acro = file.resolve(catalog->get("AcroForm"));
    QList<Candidate> candidates;
    QSet<int> seen;
    if (acro && acro->isDict())
        collectFields(file, acro->get("Fields"), candidates, seen, 0);
    if (candidates.size() > kMaxSignatures)
        return pdfTooComplex(QStringLiteral("more than %1 signatures").arg(kMaxSignatures));
    const QList<qint64> endList = revisionEnds(pdf);
    const QSet<qint64> ends(endList.begin(), endList.end());
    const qint64 lastEnd = endList.isEmpty() ? 0 : *std::max_element(endList.begin(), endList.end());
    const RevocationEvidence dss = DssWriter::read(file);
    RevocationChecker checker(m_revocation);
    const ChainContext chain {m_store, &dss, &checker, evidence};

    for (const Candidate &c : candidates) {
        SignatureReport r;
        r.fieldName = c.name;
        bool tooComplex = false;
        auto sigRes = file.resolve(c.valueRef);
        if (!sigRes || !sigRes->isDict()) {
            r.problems << QStringLiteral("the signature dictionary is missing");
            report.signatures << r;
            continue;
        }
        const PdfObject &sig = sigRes.value();
        r.subFilter = QString::fromLatin1(sig.get("SubFilter").token);
        const QByteArray m = sig.get("M").token;
        if (m.startsWith("D:") && m.size() >= 16) {
            QDateTime t
                = QDateTime::fromString(QString::fromLatin1(m.mid(2, 14)), QStringLiteral("yyyyMMddHHmmss"));
            t.setTimeZone(QTimeZone::utc());
            const QByteArray tz = m.mid(16);
            if (tz.size() >= 3 && (tz[0] == '+' || tz[0] == '-')) {
                const int secs = (tz.mid(1, 2).toInt() * 60 + tz.mid(4, 2).toInt()) * 60;
                t = t.addSecs(tz[0] == '+' ? -secs : secs);
            }
            r.claimedTime = t;
        }
        const bool docTimestamp = r.subFilter == QLatin1String("ETSI.RFC3161");
        const bool knownFilter = r.subFilter == QLatin1String("ETSI.CAdES.detached")
            || r.subFilter == QLatin1String("adbe.pkcs7.detached") || docTimestamp;
        if (!knownFilter)
            r.problems << QStringLiteral("unsupported /SubFilter ") + r.subFilter;

        // /ByteRange: [0 b c d], the gap exactly the /Contents hex string of this
        // dictionary, ending at the end of a revision.
        const PdfObject &br = sig.get("ByteRange");
        bool brOk = br.isArray() && br.array.size() == 4;
        for (int i = 0; brOk && i < 4; ++i) {
            brOk = br.array[size_t(i)].isNumber();
            r.byteRange << br.array[size_t(i)].toInt(-1);
        }
        qint64 a = 0, b = 0, cc = 0, d = 0;
        if (brOk) {
            a = r.byteRange[0], b = r.byteRange[1], cc = r.byteRange[2], d = r.byteRange[3];
            // Each value from the file is bounded on its own before any sum: a huge
            // offset must not overflow into a check that passes.
            const qint64 size = pdf.size();
            brOk = a == 0 && b > 0 && b < size && cc > b + 1 && cc <= size && d >= 0 && d <= size - cc;
        }
        if (!brOk)
            r.problems << QStringLiteral("/ByteRange is malformed or outside the file");
        QByteArray contents;
        if (brOk) {
            bool gapOk = pdf[b] == '<' && pdf[cc - 1] == '>';
            for (qint64 i = b + 1; gapOk && i < cc - 1; ++i)
                gapOk = std::isxdigit(static_cast<unsigned char>(pdf[i]));
            if (gapOk)
                contents = QByteArray::fromHex(pdf.mid(b + 1, cc - b - 2));
            if (!gapOk || contents != sig.get("Contents").token) {
                brOk = false;
                r.problems << QStringLiteral("/ByteRange does not leave out exactly /Contents");
            }
            const auto entry
                = c.valueRef.isRef() ? file.xref().value(c.valueRef.refNum) : PdfFile::XrefEntry();
            auto ind = c.valueRef.isRef() ? file.object(c.valueRef.refNum)
                                          : Result<PdfFile::Indirect>(PdfFile::Indirect());
            if (entry.kind != PdfFile::XrefEntry::Kind::Offset || !ind || b < ind->start || cc > ind->end) {
                brOk = false;
                r.problems << QStringLiteral("the signed /Contents is not inside this signature dictionary");
            }
            r.revisionEnd = cc + d;
            if (!ends.contains(r.revisionEnd) || (ind && r.revisionEnd < ind->end)) {
                brOk = false;
                r.problems << QStringLiteral("/ByteRange does not reach the end of a revision");
            }
            r.coversWholeFile = r.revisionEnd == pdf.size();
        }
        r.byteRangeValid = brOk;

        if (brOk && knownFilter) {
            QByteArray content = pdf.left(b);
            content += QByteArrayView(pdf.constData() + cc, d);
            if (docTimestamp) {
                //! PAdES B-LTA: an RFC 3161 token over the whole revision, no CMS signer of its own.
                const auto ts = DocumentTimestamp::verify(contents, content, m_store);
                r.hasTimestamp = true;
                r.timestampValid = r.signatureValid = r.digestMatches = ts.valid;
                r.keyUsageOk = r.chainTrusted = r.certificateValidAtSigningTime = ts.valid;
                r.timestampTime = r.validationTime = ts.time;
                r.signerSubject = ts.tsaSubject;
                r.revocationStatus = revocationStatusId(RevocationStatus::NotChecked);
                if (!ts.valid)
                    r.problems << ts.problem;
            } else {
                verifyCms(r, contents, content, chain);
            }
            if (!r.coversWholeFile) {
                // What follows the signed revision must be incremental updates, up to the end.
                bool laterRevision = false;
                for (const auto &section : file.sections())
                    laterRevision = laterRevision || section.offset >= r.revisionEnd;
                bool trailingJunk = false;
                for (qint64 i = lastEnd; i < pdf.size() && !trailingJunk; ++i)
                    trailingJunk = !PdfParser::isWhitespace(pdf[i]);
                if (!laterRevision || trailingJunk) {
                    r.modifiedAfterSigning = true;
                    r.problems << QStringLiteral(
                        "data after the signed revision is not an incremental update");
                }
            }
            if (!r.coversWholeFile && !r.modifiedAfterSigning) {
                auto diff = RevisionDiff::compare(file, r.revisionEnd);
                if (!diff && diff.error().code == QLatin1String("pdf.too_complex")) {
                    tooComplex = true;
                    r.problems << QStringLiteral("later revisions are too complex to compare: ")
                            + diff.error().englishMessage();
                } else if (!diff) {
                    r.modifiedAfterSigning = true;
                    r.problems << QStringLiteral("later revisions cannot be read: ")
                            + diff.error().toString();
                } else {
                    r.modifiedAfterSigning = diff->modified;
                    r.laterChanges = diff->changes;
                    r.permittedChanges = diff->permitted;
                    r.problems << diff->modifications;
                }
            }
        }
        if (!r.byteRangeValid || !r.signatureValid || !r.digestMatches || !knownFilter
            || (r.hasTimestamp && !r.timestampValid) || !r.keyUsageOk || !r.certificateValidAtSigningTime
            || (r.hasSigningTimeAttribute && r.subFilter == QLatin1String("ETSI.CAdES.detached")))
            r.verdict = Verdict::Invalid;
        else if (r.modifiedAfterSigning)
            r.verdict = Verdict::Modified;
        else if (tooComplex)
            r.verdict = Verdict::TooComplex;
        else if (r.revocationStatus == revocationStatusId(RevocationStatus::Revoked))
            r.verdict = Verdict::Invalid; // revoked at or before the proven signing time
        else if (!r.chainTrusted)
            r.verdict = Verdict::Untrusted;
        else if (r.revocationStatus == revocationStatusId(RevocationStatus::Unknown))
            r.verdict = Verdict::RevocationUnknown;
        else
            r.verdict = Verdict::Valid;
        report.signatures << r;
    }

    //! The document's verdict is its worst signature's, in this order from the best.
    static constexpr Verdict kBestFirst[]
        = {Verdict::Valid,    Verdict::RevocationUnknown, Verdict::Untrusted,
           Verdict::Modified, Verdict::TooComplex,        Verdict::Invalid};
    auto rank
        = [](Verdict v) { return std::find(std::begin(kBestFirst), std::end(kBestFirst), v) - kBestFirst; };
    assignLevels(report.signatures);
    report.verdict = report.signatures.isEmpty() ? Verdict::Invalid : Verdict::Valid;
    for (const auto &s : report.signatures) {
        if (rank(s.verdict) > rank(report.verdict))
            report.verdict = s.verdict;
    }
    return report;
}

} // namespace motcua::signing
