// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocation.h"

#include "core/wirenames.h"
#include "httpfetch.h"
#include "opensslutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::signing {

void RevocationEvidence::merge(const RevocationEvidence &other)
{
    for (const auto &[mine, theirs] :
         {std::pair {&certificates, &other.certificates}, std::pair {&ocspResponses, &other.ocspResponses},
          std::pair {&crls, &other.crls}}) {
        for (const QByteArray &b : *theirs) {
            if (!mine->contains(b))
                mine->append(b);
        }
    }
}

namespace {
//! Unknown first: it answers for a value out of the enum, as it always did.
constexpr WireName<RevocationStatus> kStatuses[] = {
    {RevocationStatus::Unknown, "unknown"},        {RevocationStatus::NotChecked, "not_checked"},
    {RevocationStatus::NotOffered, "not_offered"}, {RevocationStatus::Good, "good"},
    {RevocationStatus::Revoked, "revoked"},
};
} // namespace

QString revocationStatusId(RevocationStatus s)
{
    return wire::name(kStatuses, s);
}

struct RevocationChecker::Answer
{
    bool usable = false; //!< parsed, signed by whom it must be, about this certificate
    bool revoked = false;
    QDateTime revokedAt;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QString problem;
};

RevocationChecker::RevocationChecker(RevocationOptions options)
    : m_options(std::move(options))
{ }

namespace {

QStringList urlsOf(const GENERAL_NAME *name)
{
    if (!name || name->type != GEN_URI)
        return {};
    const ASN1_IA5STRING *uri = name->d.uniformResourceIdentifier;
    return {QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(uri)),
                                ASN1_STRING_length(uri))};
}

QByteArray readSmallFile(const QString &path, qint64 max)
{
    if (path.isEmpty())
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > max)
        return {};
    return f.readAll();
}

} // namespace

QStringList RevocationChecker::ocspUrls(X509 *cert)
{
    QStringList out;
    auto *aia
        = static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
    for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia); ++i) {
        const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, i);
        if (OBJ_obj2nid(ad->method) == NID_ad_OCSP)
            out << urlsOf(ad->location);
    }
    AUTHORITY_INFO_ACCESS_free(aia);
    return out;
}

QStringList RevocationChecker::crlUrls(X509 *cert)
{
    QStringList out;
    auto *cdp = static_cast<CRL_DIST_POINTS *>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; cdp && i < sk_DIST_POINT_num(cdp); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(cdp, i);
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int k = 0; k < sk_GENERAL_NAME_num(names); ++k)
            out << urlsOf(sk_GENERAL_NAME_value(names, k));
    }
    CRL_DIST_POINTS_free(cdp);
    return out;
}

RevocationChecker::Answer RevocationChecker::readOcsp(const QByteArray &bytes, X509 *cert, X509 *issuer,
                                                      X509_STORE *store, STACK_OF(X509) * untrusted) const
{
    Answer a;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    OCSP_RESPONSE *resp = d2i_OCSP_RESPONSE(nullptr, &p, long(bytes.size()));
    OCSP_BASICRESP *basic = resp && OCSP_response_status(resp) == OCSP_RESPONSE_STATUS_SUCCESSFUL
        ? OCSP_response_get1_basic(resp)
        : nullptr;
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, cert, issuer);
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *rev = nullptr, *thisUpd = nullptr, *nextUpd = nullptr;
    if (!basic) {
        a.problem = QStringLiteral("the OCSP response is not a successful basic response");
    } else if (OCSP_basic_verify(basic, untrusted, store, 0) != 1) {
        a.problem = QStringLiteral("the OCSP response does not verify: ") + opensslErrors();
    } else if (!id || OCSP_resp_find_status(basic, id, &status, &reason, &rev, &thisUpd, &nextUpd) != 1) {
        a.problem = QStringLiteral("the OCSP response does not speak about this certificate");
    } else if (status == V_OCSP_CERTSTATUS_UNKNOWN) {
        a.problem = QStringLiteral("the OCSP responder does not know this certificate");
    } else {
        a.thisUpdate = asn1TimeToDateTime(thisUpd);
        a.nextUpdate = nextUpd ? asn1TimeToDateTime(nextUpd) : QDateTime();
        a.revoked = status == V_OCSP_CERTSTATUS_REVOKED;
        a.revokedAt = a.revoked ? asn1TimeToDateTime(rev) : QDateTime();
        //! An answer from the future is a clock or a forgery; five minutes of skew are allowed.
        a.usable = a.thisUpdate.isValid() && a.thisUpdate <= QDateTime::currentDateTimeUtc().addSecs(300);
        if (!a.usable)
            a.problem = QStringLiteral("the OCSP response is dated in the future");
    }
    OCSP_CERTID_free(id);
    OCSP_BASICRESP_free(basic);
    OCSP_RESPONSE_free(resp);
    ERR_clear_error();
    return a;
}

RevocationChecker::Answer RevocationChecker::readCrl(const QByteArray &bytes, X509 *cert, X509 *issuer) const
{
    Answer a;
    X509_CRL *crl
        = fromPemOrDer<X509_CRL>(bytes, bytes.startsWith("-----BEGIN"), PEM_read_bio_X509_CRL, d2i_X509_CRL);
    X509_REVOKED *entry = nullptr;
    if (!crl) {
        a.problem = QStringLiteral("the CRL cannot be parsed");
    } else if (X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer)) != 0
               || X509_CRL_verify(crl, X509_get0_pubkey(issuer)) != 1) {
        a.problem = QStringLiteral("the CRL is not signed by the certificate's issuer");
    } else {
        a.thisUpdate = asn1TimeToDateTime(X509_CRL_get0_lastUpdate(crl));
        const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl);
        a.nextUpdate = next ? asn1TimeToDateTime(next) : QDateTime();
        a.revoked = X509_CRL_get0_by_cert(crl, &entry, cert) == 1;
        a.revokedAt = a.revoked ? asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(entry)) : QDateTime();
        a.usable = a.thisUpdate.isValid() && a.thisUpdate <= QDateTime::currentDateTimeUtc().addSecs(300);
        if (!a.usable)
            a.problem = QStringLiteral("the CRL is dated in the future");
    }
    X509_CRL_free(crl);
    ERR_clear_error();
    return a;
}

bool RevocationChecker::current(const Answer &a) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (a.nextUpdate.isValid())
        return now <= a.nextUpdate;
    return a.thisUpdate.secsTo(now) <= m_options.maxAgeSecs;
}

QString RevocationChecker::cachePath(const QString &kind, const QByteArray &key) const
{
    if (m_options.cacheDir.isEmpty())
        return {};
    return QDir(m_options.cacheDir)
        .filePath(kind + QLatin1Char('/') + QString::fromLatin1(sha256(key).toHex())
                  + QStringLiteral(".der"));
}

void RevocationChecker::store(const QString &path, const QByteArray &bytes) const
{
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size())
        (void)f.commit();
}

bool RevocationChecker::covers(X509 *cert, X509 *issuer, X509_STORE *trust, STACK_OF(X509) * untrusted,
                               const RevocationEvidence &embedded) const
{
    for (const QByteArray &b : embedded.ocspResponses) {
        if (readOcsp(b, cert, issuer, trust, untrusted).usable)
            return true;
    }
    for (const QByteArray &b : embedded.crls) {
        if (readCrl(b, cert, issuer).usable)
            return true;
    }
    return false;
}

RevocationResult RevocationChecker::check(X509 *cert, X509 *issuer, X509_STORE *trust,
                                          STACK_OF(X509) * untrusted, const RevocationEvidence &embedded,
                                          const QDateTime &at)
{
    const QStringList ocsp = ocspUrls(cert);
    const QStringList crls = crlUrls(cert);
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, cert, issuer);
    const QByteArray idKey = toDer(id, i2d_OCSP_CERTID);
    const QString ocspCache = idKey.isEmpty() ? QString() : cachePath(QStringLiteral("ocsp"), idKey);
    QStringList problems;

    auto decide = [&](const Answer &a, const QString &source, const QByteArray &bytes, bool isOcsp) {
        RevocationResult r;
        r.source = source;
        r.thisUpdate = a.thisUpdate;
        r.revokedAt = a.revokedAt;
        r.status = a.revoked && a.revokedAt <= at ? RevocationStatus::Revoked : RevocationStatus::Good;
        if (r.status == RevocationStatus::Revoked)
            r.detail = QStringLiteral("the certificate was revoked on %1 (%2)")
                           .arg(a.revokedAt.toString(Qt::ISODate), source);
        else if (!problems.isEmpty())
            r.detail = problems.join(QStringLiteral("; "));
        (isOcsp ? m_used.ocspResponses : m_used.crls).append(bytes);
        OCSP_CERTID_free(id);
        return r;
    };
    //! An old answer still settles the question when it was given after the
    //! signature was proven to exist, or when it is revoked before that time.
    auto settles
        = [&](const Answer &a) { return a.usable && (a.revoked || a.thisUpdate >= at || current(a)); };

    // 1. A cached answer that is still current: no network.
    QList<std::pair<Answer, QByteArray>> cachedOcsp, cachedCrl;
    if (!ocspCache.isEmpty()) {
        if (const QByteArray b = readSmallFile(ocspCache, m_options.maxResponseBytes); !b.isEmpty()) {
            const Answer a = readOcsp(b, cert, issuer, trust, untrusted);
            if (a.usable && current(a))
                return decide(a, QStringLiteral("cache"), b, true);
            cachedOcsp.append({a, b});
        }
    }
    for (const QString &url : crls) {
        const QString path = cachePath(QStringLiteral("crl"), url.toUtf8());
        if (const QByteArray b = readSmallFile(path, m_options.maxResponseBytes); !b.isEmpty()) {
            const Answer a = readCrl(b, cert, issuer);
            if (a.usable && current(a))
                return decide(a, QStringLiteral("cache"), b, false);
            cachedCrl.append({a, b});
        }
    }

    // 2. The responders.
    if (m_options.online && id) {
        OCSP_REQUEST *req = OCSP_REQUEST_new();
        OCSP_request_add0_id(req, OCSP_CERTID_dup(id));
        const QByteArray request = toDer(req, i2d_OCSP_REQUEST);
        OCSP_REQUEST_free(req);
        for (const QString &url : ocsp) {
            auto reply = httpFetch(QUrl(url), request, "application/ocsp-request", m_options.timeoutMs,
                                   m_options.maxResponseBytes);
            if (!reply) {
                problems << QStringLiteral("OCSP %1: %2").arg(url, reply.error().detail);
                continue;
            }
            const Answer a = readOcsp(*reply, cert, issuer, trust, untrusted);
            if (a.usable) {
                store(ocspCache, *reply);
                return decide(a, QStringLiteral("ocsp"), *reply, true);
            }
            problems << QStringLiteral("OCSP %1: %2").arg(url, a.problem);
        }
        for (const QString &url : crls) {
            auto reply = httpFetch(QUrl(url), {}, {}, m_options.timeoutMs, m_options.maxResponseBytes);
            if (!reply) {
                problems << QStringLiteral("CRL %1: %2").arg(url, reply.error().detail);
                continue;
            }
            const Answer a = readCrl(*reply, cert, issuer);
            if (a.usable) {
                store(cachePath(QStringLiteral("crl"), url.toUtf8()), *reply);
                return decide(a, QStringLiteral("crl"), *reply, false);
            }
            problems << QStringLiteral("CRL %1: %2").arg(url, a.problem);
        }
    } else if (!m_options.online) {
        problems << QStringLiteral("offline");
    }

    // 3. Older cached answers, then the document's own evidence (DSS).
    for (const auto &[a, b] : std::as_const(cachedOcsp)) {
        if (settles(a))
            return decide(a, QStringLiteral("cache"), b, true);
    }
    for (const auto &[a, b] : std::as_const(cachedCrl)) {
        if (settles(a))
            return decide(a, QStringLiteral("cache"), b, false);
    }
    bool embeddedAbout = false;
    for (const QByteArray &b : embedded.ocspResponses) {
        const Answer a = readOcsp(b, cert, issuer, trust, untrusted);
        embeddedAbout = embeddedAbout || a.usable;
        if (settles(a))
            return decide(a, QStringLiteral("dss"), b, true);
    }
    for (const QByteArray &b : embedded.crls) {
        const Answer a = readCrl(b, cert, issuer);
        embeddedAbout = embeddedAbout || a.usable;
        if (settles(a))
            return decide(a, QStringLiteral("dss"), b, false);
    }
    OCSP_CERTID_free(id);
    RevocationResult r;
    if (ocsp.isEmpty() && crls.isEmpty() && !embeddedAbout) {
        r.status = RevocationStatus::NotOffered;
        return r;
    }
    r.status = RevocationStatus::Unknown;
    r.detail = QStringLiteral("could not check revocation: ")
        + (problems.isEmpty() ? QStringLiteral("no current answer and no evidence from after the signing")
                              : problems.join(QStringLiteral("; ")));
    return r;
}

} // namespace motcua::signing
