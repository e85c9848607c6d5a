// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateinfo.h"
#include "core/result.h"
#include "longterm.h"
#include "signerspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace motcua::signing {

class PdfFile;
class PdfObject;
class Signer;

//! The PAdES baseline level a signature reached (ETSI EN 319 142-1).
enum class PadesLevel {
    BB, //!< signature only
    BT, //!< with a signature time stamp (RFC 3161)
    BLT, //!< B-T and the DSS with the chain and revocation answers (long-term validation)
    BLTA, //!< B-LT and a document time stamp over it (archival)
};
//! "B-B", "B-T" (reports, logs, the CLI).
[[nodiscard]] QString toString(PadesLevel level);

//! What to do about the signature time stamp.
enum class TimestampPolicy {
    //! B-T or nothing: an unreachable time-stamp service is an error.
    Required,
    //! B-T when the service answers; otherwise B-B now with /Contents room kept for
    //! the time stamp, and SignedDocument::timestampPending set so the caller queues
    //! the upgrade (TimestampUpgrade) for when the link returns (a remote commune).
    FallBackAndQueue,
    //! B-B, no time stamp asked for and no room reserved.
    None,
};

//! One page's visible box and turn, as the placement picker needs them.
struct PageBox
{
    QRectF box; //!< CropBox, else MediaBox, inherited through /Parent; unrotated PDF points
    int rotation = 0; //!< /Rotate, inherited
};

//! Where the signature shows.
struct Placement
{
    enum class Kind {
        Invisible,
        Rect, //!< `rect` on page `page`
        CopyStampTopRight, //!< Decree 30/2020 copy stamp: 220x50 pt, top right of page 1
    };
    Kind kind = Kind::Invisible;
    int page = 0; //!< 0-based
    QRectF rect; //!< PDF points, origin bottom-left
};

//! The visible appearance's content (ignored for an invisible signature).
struct Appearance
{
    //! First lines SigningService::stampLines(): "Ký bởi: <certificate's common name>"
    //! (known once the key is open) and the signing time in Vietnam's time.
    bool namesSigner = false;
    QStringList lines; //!< further lines; empty ones are dropped
    QString signatureImage; //!< PNG (results, Decree 30/2020 Appendix I), "" = none
    QString sealImage; //!< PNG, "" = none
};

//! Everything one signature needs; filled by the UI, the batch or a tool.
struct SignRequest
{
    //! The document: `pdf`, or when empty the file at `path`.
    QByteArray pdf;
    QString path;

    Placement placement;
    Appearance appearance;
    QString reason; //!< /Reason (document content, Vietnamese)

    //! An open signer (a batch logs in once) or, when null, `spec` opened with
    //! `secret` for this signature only and closed (logged out) before returning.
    Signer *signer = nullptr;
    SignerSpec spec;
    std::function<QByteArray()> secret;

    TimestampPolicy timestampPolicy = TimestampPolicy::FallBackAndQueue;
    QUrl tsaUrl; //!< RFC 3161 service; empty = none reachable (B-B under FallBackAndQueue)
    int tsaTimeoutMs = 30000;

    //! The signing time, from the caller's clock: /M and the certificate check use
    //! it. Invalid = the system clock now, in Vietnam's offset (UTC+7).
    QDateTime signingTime;

    //! PAdES B-LT / B-LTA once the signature has its time stamp (a result signed
    //! online): validate with these options and embed the evidence (longterm.h).
    //! Not set, or the time stamp missing: the signature stays at B-B / B-T.
    std::optional<LongTermOptions> longTerm;
};

//! The signed document and what it reached.
struct SignedDocument
{
    QByteArray pdf; //!< the input followed by one incremental update
    QString sha256; //!< hex digest of `pdf`
    PadesLevel level = PadesLevel::BB;
    //! B-B under FallBackAndQueue: room is reserved, a time stamp is still to be added.
    bool timestampPending = false;
    //! Why the time stamp is missing when a service was configured (it could not be reached).
    std::optional<Error> timestampError;
    //! Why B-LT / B-LTA was not reached when asked for (e.g. a responder unreachable,
    //! the chain not trusted here): the B-T signature is kept, valid as it is.
    std::optional<Error> longTermError;
    CertificateInfo certificate; //!< the signer's
    QDateTime signingTime;
};

//! The one signing pipeline of the client: the sign dialog, the apology letter,
//! the batch and the tools fill a SignRequest and get a SignedDocument or a typed
//! Error (code + translatable message). It checks the certificate at the signing
//! time, reads the page boxes to check the placement, signs by incremental update
//! (PdfSigner) and applies the one time-stamp rule. Blocking: call it from a worker
//! thread in the UI. Stateless and thread-safe.
class SigningService
{
public:
    [[nodiscard]] static Result<SignedDocument> sign(const SignRequest &request);

    //! Every page's box and turn. Errors: "signing.page_boxes" (with the parser's detail).
    [[nodiscard]] static Result<QList<PageBox>> pageBoxes(const QByteArray &pdf);
    //! One page's box and turn (the signer places the widget with it).
    [[nodiscard]] static PageBox pageBox(const PdfFile &file, const PdfObject &page);

    //! Errors of the key itself (PIN, token, login): every later signature with the
    //! same signer would fail alike, so a batch stops instead of failing each item.
    [[nodiscard]] static bool isSignerFault(const Error &e);
    //! The time-stamp service could not give a token (the fallback rule's trigger).
    [[nodiscard]] static bool isTimestampUnavailable(const Error &e);
    //! The visible stamp of every signature of the desk (sign dialog, batch, apology
    //! letter): {"Ký bởi: <name>", stampDate(when)}. Document content, so Vietnamese
    //! whatever the UI language.
    [[nodiscard]] static QStringList stampLines(const QString &signerName, const QDateTime &when);
    //! "Ngày ký: 02/12/2026 14:59 (GMT+7)": `when` in Asia/Ho_Chi_Minh, whatever the
    //! zone of the desk's clock or of `when`.
    [[nodiscard]] static QString stampDate(const QDateTime &when);
    //! `when` in Vietnam's time (Asia/Ho_Chi_Minh; UTC+7 when the zone data is missing).
    [[nodiscard]] static QDateTime vietnamTime(const QDateTime &when);

    //! The certificate is not valid at `at`: "signing.certificate_expired", else none.
    [[nodiscard]] static Status checkCertificate(const CertificateInfo &info, const QDateTime &at);
};

} // namespace motcua::signing
