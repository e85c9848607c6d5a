// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <openssl/types.h>

struct stack_st_X509; // STACK_OF(X509), declared at global scope as OpenSSL does

namespace motcua::signing {

//! Revocation data as DER blobs: what a DSS dictionary holds, what was fetched.
struct RevocationEvidence
{
    QList<QByteArray> certificates;
    QList<QByteArray> ocspResponses;
    QList<QByteArray> crls;

    [[nodiscard]] bool isEmpty() const
    {
        return certificates.isEmpty() && ocspResponses.isEmpty() && crls.isEmpty();
    }
    //! Adds what `other` has and this lacks (byte-equal blobs once).
    void merge(const RevocationEvidence &other);
};

enum class RevocationStatus {
    NotChecked, //!< the chain did not verify, so revocation was not asked
    NotOffered, //!< the certificate names no OCSP responder and no CRL
    Good,
    Revoked, //!< revoked at or before the time the signature is proven to exist
    Unknown, //!< no usable answer: responders unreachable, nothing cached or embedded
};

//! Wire id: "not_checked", "not_offered", "good", "revoked", "unknown".
QString revocationStatusId(RevocationStatus s);

struct RevocationResult
{
    RevocationStatus status = RevocationStatus::NotChecked;
    QString source; //!< "ocsp", "crl", "cache", "dss"
    QDateTime revokedAt; //!< when status is Revoked, or Good with a revocation after the signing
    QDateTime thisUpdate; //!< of the answer that decided
    QString detail; //!< English, for the report's problems
};

struct RevocationOptions
{
    //! Where answers are kept (`<profile>/revocation`); empty: no cache.
    QString cacheDir;
    //! Ask responders over the network. Validation runs off the GUI thread.
    bool online = true;
    int timeoutMs = 5000;
    qint64 maxResponseBytes = 4 * 1024 * 1024;
    //! An answer without nextUpdate counts as current for this long.
    qint64 maxAgeSecs = 24 * 3600;
};

//! OCSP (AIA) and CRL (CDP) checking with a cache on disk keyed by issuer and
//! serial (OCSP) or URL (CRL). Order: a cached answer that is still current,
//! then the responders, then an older cached or embedded answer when it speaks
//! about a time after the signing (PAdES B-LT: the DSS proves the status at
//! the time stamp's time for as long as the evidence verifies).
class RevocationChecker
{
public:
    explicit RevocationChecker(RevocationOptions options);

    //! Status of `cert` (issued by `issuer`) at `at`, the time the signature is
    //! proven to exist (time stamp) or else the validation time. `store` and
    //! `untrusted` verify the OCSP responder; `embedded` is the document's DSS.
    [[nodiscard]] RevocationResult check(X509 *cert, X509 *issuer, X509_STORE *store,
                                         STACK_OF(X509) * untrusted, const RevocationEvidence &embedded,
                                         const QDateTime &at);
    //! Whether `embedded` holds a verifiable answer about `cert` (PAdES B-LT).
    [[nodiscard]] bool covers(X509 *cert, X509 *issuer, X509_STORE *store, STACK_OF(X509) * untrusted,
                              const RevocationEvidence &embedded) const;
    //! Every answer that decided a check (fetched, cached or embedded): what a DSS should hold.
    [[nodiscard]] const RevocationEvidence &used() const { return m_used; }

    [[nodiscard]] static QStringList ocspUrls(X509 *cert);
    [[nodiscard]] static QStringList crlUrls(X509 *cert);

private:
    struct Answer;
    [[nodiscard]] Answer readOcsp(const QByteArray &der, X509 *cert, X509 *issuer, X509_STORE *store,
                                  STACK_OF(X509) * untrusted) const;
    [[nodiscard]] Answer readCrl(const QByteArray &der, X509 *cert, X509 *issuer) const;
    [[nodiscard]] bool current(const Answer &a) const;
    [[nodiscard]] QString cachePath(const QString &kind, const QByteArray &key) const;
    void store(const QString &path, const QByteArray &der) const;

    RevocationOptions m_options;
    RevocationEvidence m_used;
};

} // namespace motcua::signing
