// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingcontroller.h"

#include "core/json.h"
#include "sessioncontroller.h"
#include "signersettings.h"
#include "signing/certificateinfo.h"
#include "signing/pdffile.h"
#include "signing/pdfsigner.h"
#include "signing/tsaclient.h"
#include "store/blobstore.h"
#include "store/localstore.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimeZone>
#include <QUrl>
#include <optional>

using motcua::ActionKind;
using motcua::ComponentKind;
using motcua::DossierState;
using motcua::Error;

struct SigningController::Outcome
{
    std::optional<Error> error;
    QByteArray pdf;
    bool timestampMissed = false; //!< a TSA was configured but could not be reached
};

SigningController::SigningController(QObject *parent)
    : SigningController(Workspace::instance(), parent)
{ }

SigningController::SigningController(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

SigningController::~SigningController() = default;

void SigningController::setDossierId(const QString &id)
{
    if (m_dossierId == id)
        return;
    m_dossierId = id;
    reload();
}

void SigningController::setComponentId(const QString &id)
{
    if (m_componentId == id)
        return;
    m_componentId = id;
    reload();
}

void SigningController::reload()
{
    m_dossier = {};
    m_component = {};
    m_filePath.clear();
    m_pageBoxes.clear();
    m_pageRotations.clear();
    m_queuesResult = false;
    motcua::LocalStore *store = m_workspace && m_workspace->isOpen() ? m_workspace->store() : nullptr;
    if (store && !m_dossierId.isEmpty()) {
        auto d = store->dossiers().get(m_dossierId);
        if (d && d.value()) {
            m_dossier = *d.value();
            for (const motcua::Component &c : std::as_const(m_dossier.components)) {
                if (c.id == m_componentId)
                    m_component = c;
            }
        }
        if (!m_component.sha256.isEmpty())
            m_filePath = store->blobs().localFile(m_component.sha256);
        readPages();
        if (m_dossier.state == DossierState::Approved && m_component.kind == ComponentKind::Result
            && !m_component.isSigned) {
            auto allowed = motcua::ActionQueue(store->database()).allowed(m_dossier);
            m_queuesResult = allowed && allowed->contains(ActionKind::SignResult);
        }
    }
    Q_EMIT targetChanged();
}

void SigningController::readPages()
{
    QFile f(m_filePath);
    if (m_filePath.isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    auto file = motcua::signing::PdfFile::parse(f.readAll());
    if (!file)
        return;
    auto refs = file.value()->pageRefs();
    if (!refs)
        return;
    for (const motcua::signing::PdfObject &ref : std::as_const(refs.value())) {
        QRectF box(0, 0, 595, 842);
        int rotate = 0;
        bool haveBox = false, haveRotate = false;
        auto node = file.value()->resolve(ref);
        //! /MediaBox, /CropBox and /Rotate are inherited from the page tree.
        for (int depth = 0; node && node->isDict() && depth < 32; ++depth) {
            for (const char *key : {"CropBox", "MediaBox"}) {
                auto b = file.value()->resolve(node->get(key));
                if (!haveBox && b && b->isArray() && b->array.size() == 4) {
                    const double x1 = b->array[0].number, y1 = b->array[1].number;
                    const double x2 = b->array[2].number, y2 = b->array[3].number;
                    box = QRectF(QPointF(std::min(x1, x2), std::min(y1, y2)),
                                 QPointF(std::max(x1, x2), std::max(y1, y2)));
                    haveBox = true;
                }
            }
            auto r = file.value()->resolve(node->get("Rotate"));
            if (!haveRotate && r && r->type == motcua::signing::PdfObject::Type::Number) {
                rotate = int(r->toInt());
                haveRotate = true;
            }
            node = file.value()->resolve(node->get("Parent"));
        }
        m_pageBoxes.append(box);
        m_pageRotations.append(rotate);
    }
}

QString SigningController::tsaUrl() const
{
    if (m_tsaUrlSet)
        return m_tsaUrl;
    const QString server = SessionController::instance()->serverUrl();
    return server.isEmpty() ? QString() : server + QStringLiteral("/api/v1/tsa");
}

void SigningController::setTsaUrl(const QString &url)
{
    m_tsaUrl = url;
    m_tsaUrlSet = true;
    Q_EMIT targetChanged();
}

bool SigningController::isResult() const
{
    return m_component.kind == ComponentKind::Result;
}

QString SigningController::signerSummary() const
{
    return SignerSettings().summary();
}

bool SigningController::usesPin() const
{
    return SignerSettings::spec().kind == motcua::signing::SignerSpec::Kind::Pkcs11;
}

void SigningController::setError(const QString &code, const QString &text)
{
    m_errorCode = code;
    m_error = text;
    Q_EMIT errorChanged();
}

void SigningController::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progressText = text;
    Q_EMIT busyChanged();
}

QRectF SigningController::placementToPdf(const QRectF &normalized, int page) const
{
    if (page < 0 || page >= m_pageBoxes.size())
        return {};
    return toPdfRect(normalized, m_pageBoxes.at(page), m_pageRotations.at(page));
}

QRectF SigningController::toPdfRect(const QRectF &n, const QRectF &box, int rotation)
{
    const int r = ((rotation % 360) + 360) % 360;
    const double w = box.width();
    const double h = box.height();
    auto map = [&](double u, double v) -> QPointF {
        switch (r) {
        case 90:
            return {v * w, u * h};
        case 180:
            return {(1 - u) * w, v * h};
        case 270:
            return {(1 - v) * w, (1 - u) * h};
        default:
            return {u * w, (1 - v) * h};
        }
    };
    const QPointF a = map(n.left(), n.top());
    const QPointF b = map(n.right(), n.bottom());
    return QRectF(a, b).normalized().translated(box.topLeft());
}

bool SigningController::sign(const QString &pin, const QVariantMap &options)
{
    if (m_busy)
        return false;
    m_resultText.clear();
    setError({}, {});
    const motcua::signing::SignerSpec spec = SignerSettings::spec();
    if (!spec.isComplete()) {
        setError(QStringLiteral("signing.no_signer"),
                 tr("Choose a token or a certificate file in Settings first."));
        return false;
    }
    if (m_filePath.isEmpty()) {
        setError(QStringLiteral("signing.not_downloaded"),
                 tr("This document has not been downloaded yet. Sync while online first."));
        return false;
    }
    if (pin.isEmpty()) {
        setError(QStringLiteral("signing.pin_required"),
                 usesPin() ? tr("Enter the token's PIN.") : tr("Enter the certificate file's password."));
        return false;
    }
    m_outputPath = SignerSettings::localPath(options.value(QStringLiteral("outputPath")).toString());
    if (!m_queuesResult && m_outputPath.isEmpty()) {
        setError(QStringLiteral("signing.no_output"), tr("Choose where to save the signed copy."));
        return false;
    }

    motcua::signing::SignOptions o;
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600));
    o.signingTime = now;
    o.reason = m_queuesResult ? QStringLiteral("Ký số kết quả giải quyết thủ tục hành chính")
                              : QStringLiteral("Ký số bản sao điện tử");
    const QString agency = m_workspace ? m_workspace->agencyName(m_workspace->agencyCode()) : QString();
    const bool copyStamp = options.value(QStringLiteral("copyStamp")).toBool();
    const bool visible = options.value(QStringLiteral("visible")).toBool();
    if (copyStamp) {
        o.placeTopRight = true;
        o.appearanceLines
            = motcua::signing::PdfSigner::copyAppearanceLines(QStringLiteral("SAO Y"), agency, now);
    } else if (visible) {
        o.page = options.value(QStringLiteral("page")).toInt();
        o.rect = options.value(QStringLiteral("rect")).toRectF();
        if (!o.rect.isValid() || o.rect.width() < 20 || o.rect.height() < 10) {
            setError(QStringLiteral("signing.no_placement"),
                     tr("Click or drag on the page to place the signature."));
            return false;
        }
        if (isResult() && options.value(QStringLiteral("images"), true).toBool()) {
            for (const auto &[path, target] :
                 {std::pair {SignerSettings::signatureImagePath(), &o.signatureImage},
                  std::pair {SignerSettings::sealImagePath(), &o.sealImage}}) {
                if (!path.isEmpty() && QFileInfo::exists(path))
                    *target = path;
            }
        }
    }
    const QString filePath = m_filePath;
    const QString tsa = tsaUrl();
    auto secret = std::make_shared<QByteArray>(pin.toUtf8());
    QPointer<SigningController> self(this);
    setBusy(true, tr("Signing… (the token may ask you to confirm)"));
    QThreadPool::globalInstance()->start([self, spec, o, agency, visible, copyStamp, filePath, secret,
                                          tsa]() mutable {
        Outcome out;
        //! A key with CKA_ALWAYS_AUTHENTICATE asks again at signing: wiped after that.
        auto signer = motcua::signing::openSigner(spec, [secret] { return *secret; });
        if (!signer) {
            out.error = signer.error();
        } else {
            const QByteArray cert = signer.value()->certificateChain().value(0);
            const auto info = motcua::signing::CertificateInfo::fromData(cert);
            QFile f(filePath);
            if (info.isValid() && info.isExpired(QDateTime::currentDateTimeUtc())) {
                out.error = Error::make(
                    Error::Kind::Crypto, QStringLiteral("signing.certificate_expired"),
                    QT_TRANSLATE_NOOP("motcua::Error",
                                      "The certificate of %1 is not valid now (valid until %2)."),
                    {info.subjectCommonName,
                     info.notAfter.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))});
            } else if (!f.open(QIODevice::ReadOnly)) {
                out.error = Error::make(Error::Kind::Storage, QStringLiteral("signing.read"),
                                        QT_TRANSLATE_NOOP("motcua::Error", "Cannot read the document: %1"),
                                        {f.errorString()});
            } else {
                if (visible && !copyStamp)
                    o.appearanceLines
                        = {QStringLiteral("Ký bởi: ") + info.subjectCommonName, agency,
                           QStringLiteral("Thời gian ký: ") + o.signingTime.toString(Qt::ISODate)};
                o.appearanceLines.removeAll(QString());
                const QByteArray input = f.readAll();
                std::optional<motcua::signing::TsaClient> tsaClient;
                if (!tsa.isEmpty()) {
                    tsaClient.emplace(QUrl(tsa), 15000);
                    o.tsa = &*tsaClient;
                }
                auto pdf = motcua::signing::PdfSigner::sign(input, *signer.value(), o);
                if (!pdf && o.tsa && pdf.error().code.startsWith(QLatin1String("signing.tsa"))) {
                    //! Offline (a remote commune): sign now without the time stamp (PAdES B-B).
                    o.tsa = nullptr;
                    out.timestampMissed = true;
                    pdf = motcua::signing::PdfSigner::sign(input, *signer.value(), o);
                }
                if (pdf)
                    out.pdf = pdf.value();
                else
                    out.error = pdf.error();
            }
        }
        secret->fill('\0');
        if (signer)
            signer.value().reset(); // log out of the token before reporting
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, out] {
                if (self)
                    self->complete(out);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SigningController::complete(const Outcome &outcome)
{
    setBusy(false);
    if (outcome.error) {
        setError(outcome.error->code, outcome.error->userMessage());
        Q_EMIT finished(false);
        return;
    }
    if (m_queuesResult) {
        motcua::LocalStore *store = m_workspace && m_workspace->isOpen() ? m_workspace->store() : nullptr;
        if (!store) {
            setError(QStringLiteral("signing.no_profile"), tr("No profile is open."));
            Q_EMIT finished(false);
            return;
        }
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(outcome.pdf, QCryptographicHash::Sha256).toHex());
        if (auto st = store->blobs().put(sha, outcome.pdf); !st) {
            setError(st.error().code, st.error().userMessage());
            Q_EMIT finished(false);
            return;
        }
        //! The dossier as cached now (a sync may have moved it on while the token signed).
        auto current = store->dossiers().get(m_dossierId);
        if (!current || !current.value()) {
            setError(QStringLiteral("signing.dossier_gone"),
                     tr("The dossier is no longer in the local cache."));
            Q_EMIT finished(false);
            return;
        }
        m_dossier = *current.value();
        motcua::Component c = m_component;
        c.sha256 = sha;
        c.size = outcome.pdf.size();
        c.isSigned = true;
        auto queued = motcua::ActionQueue(store->database())
                          .queue(m_dossier, ActionKind::SignResult,
                                 QJsonObject {{QStringLiteral("component"), motcua::json::toJson(c)}});
        if (!queued) {
            setError(queued.error().code, queued.error().userMessage());
            Q_EMIT finished(false);
            return;
        }
        m_resultText = tr("The signed result is queued; it reaches the central server with the next sync.");
        m_workspace->notifyCacheChanged();
        SyncController::instance()->syncNow();
        reload();
    } else {
        QSaveFile out(m_outputPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(outcome.pdf) != outcome.pdf.size()
            || !out.commit()) {
            setError(QStringLiteral("signing.write"),
                     tr("Cannot save the signed copy to %1: %2").arg(m_outputPath, out.errorString()));
            Q_EMIT finished(false);
            return;
        }
        m_resultText = tr("Signed copy saved to %1.").arg(m_outputPath);
    }
    if (outcome.timestampMissed)
        m_resultText += QLatin1Char(' ')
            + tr("The time-stamp server could not be reached: the signature carries no time stamp.");
    Q_EMIT finished(true);
}
