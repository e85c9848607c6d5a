// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingcontroller.h"

#include "core/json.h"
#include "sessioncontroller.h"
#include "signersettings.h"
#include "signing/pdfsigner.h"
#include "signing/tsaclient.h"
#include "store/blobstore.h"
#include "store/localstore.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimeZone>
#include <QUrl>
#include <utility>

using motcua::ActionKind;
using motcua::ComponentKind;
using motcua::DossierState;
using motcua::Error;

SigningController::SigningController(QObject *parent)
    : SigningController(Workspace::instance(), parent)
{ }

SigningController::SigningController(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

SigningController::~SigningController() = default;

//! A new dossier or component: reload() reads it and announces targetChanged.
void SigningController::setDossierId(const QString &id)
{
    if (std::exchange(m_dossierId, id) != id)
        reload();
}

void SigningController::setComponentId(const QString &id)
{
    if (std::exchange(m_componentId, id) != id)
        reload();
}

void SigningController::reload()
{
    m_dossier = {};
    m_component = {};
    m_filePath.clear();
    m_pageBoxes.clear();
    m_queuesResult = false;
    setError(UiError()); // a new target: the last one's error no longer applies
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
    auto boxes = motcua::signing::SigningService::pageBoxes(f.readAll());
    if (!boxes) {
        //! Without the boxes a click on the preview cannot be placed: say so instead of
        //! letting "Click or drag on the page" repeat forever.
        setError(UiError(boxes.error()));
        return;
    }
    m_pageBoxes = boxes.value();
}

QString SigningController::tsaUrl() const
{
    if (m_tsaUrlSet)
        return m_tsaUrl;
    const QString server = SessionController::instance()->serverUrl();
    return motcua::signing::TsaClient::centralUrl(QUrl(server)).toString();
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

void SigningController::setError(const UiError &error)
{
    if (error == m_error)
        return;
    m_error = error;
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
    return toPdfRect(normalized, m_pageBoxes.at(page).box, m_pageBoxes.at(page).rotation);
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
    setError(UiError());
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

    using motcua::signing::Placement;
    motcua::signing::SignRequest r;
    r.path = m_filePath;
    r.spec = spec;
    r.signingTime = QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600));
    r.reason = m_queuesResult ? QStringLiteral("Ký số kết quả giải quyết thủ tục hành chính")
                              : QStringLiteral("Ký số bản sao điện tử");
    const QString agency = m_workspace ? m_workspace->agencyName(m_workspace->agencyCode()) : QString();
    if (options.value(QStringLiteral("copyStamp")).toBool()) {
        r.placement.kind = Placement::Kind::CopyStampTopRight;
        r.appearance.lines
            = motcua::signing::PdfSigner::copyAppearanceLines(QStringLiteral("SAO Y"), agency, r.signingTime);
    } else if (options.value(QStringLiteral("visible")).toBool()) {
        r.placement = {Placement::Kind::Rect, options.value(QStringLiteral("page")).toInt(),
                       options.value(QStringLiteral("rect")).toRectF()};
        if (!r.placement.rect.isValid() || r.placement.rect.width() < 20 || r.placement.rect.height() < 10) {
            setError(QStringLiteral("signing.no_placement"),
                     tr("Click or drag on the page to place the signature."));
            return false;
        }
        r.appearance.namesSigner = true;
        r.appearance.lines = {agency}; //!< after the stamp: signer and time (SigningService::stampLines)
        if (isResult() && options.value(QStringLiteral("images"), true).toBool()) {
            for (const auto &[path, target] :
                 {std::pair {SignerSettings::signatureImagePath(), &r.appearance.signatureImage},
                  std::pair {SignerSettings::sealImagePath(), &r.appearance.sealImage}}) {
                if (!path.isEmpty() && QFileInfo::exists(path))
                    *target = path;
            }
        }
    }
    r.tsaUrl = QUrl(tsaUrl());
    r.tsaTimeoutMs = 15000;
    //! A result is archived for years: PAdES B-LTA when signed online (issue 15),
    //! validated against the trust store this desk has (none set up: B-T).
    if (isResult() && m_workspace && m_workspace->isOpen())
        r.longTerm = SignerSettings::resultLongTerm(m_workspace->profileDir());
    auto secret = std::make_shared<QByteArray>(pin.toUtf8());
    //! A key with CKA_ALWAYS_AUTHENTICATE asks again at signing: wiped after that.
    r.secret = [secret] { return *secret; };
    QPointer<SigningController> self(this);
    setBusy(true, tr("Signing… (the token may ask you to confirm)"));
    QThreadPool::globalInstance()->start([self, r, secret]() {
        auto signedDoc = motcua::signing::SigningService::sign(r);
        secret->fill('\0');
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, signedDoc] {
                if (self)
                    self->complete(signedDoc);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SigningController::complete(const motcua::Result<motcua::signing::SignedDocument> &outcome)
{
    setBusy(false);
    if (!outcome) {
        setError(UiError(outcome.error()));
        Q_EMIT finished(false);
        return;
    }
    //! reload() below recomputes m_queuesResult for the signed dossier (nothing left to sign).
    const bool queued = m_queuesResult;
    if (queued) {
        motcua::LocalStore *store = m_workspace && m_workspace->isOpen() ? m_workspace->store() : nullptr;
        if (!store) {
            setError(QStringLiteral("signing.no_profile"), tr("No profile is open."));
            Q_EMIT finished(false);
            return;
        }
        const QString &sha = outcome->sha256;
        if (auto st = store->blobs().put(sha, outcome->pdf); !st) {
            setError(UiError(st.error()));
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
        c.size = outcome->pdf.size();
        c.isSigned = true;
        auto queued
            = motcua::ActionQueue(store->database())
                  .queueTyped(m_dossier, ActionKind::SignResult, {motcua::payload::Document {c}, {}, {}});
        if (!queued) {
            setError(UiError(queued.error()));
            Q_EMIT finished(false);
            return;
        }
        m_resultText = tr("The signed result is queued; it reaches the central server with the next sync.");
        if (outcome->longTermError)
            m_resultText += QLatin1Char(' ')
                + tr("It is signed at level PAdES B-T; the long-term validation data could not be "
                     "added: %1")
                      .arg(outcome->longTermError->userMessage());
        reload();
    } else {
        QSaveFile out(m_outputPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(outcome->pdf) != outcome->pdf.size()
            || !out.commit()) {
            setError(QStringLiteral("signing.write"),
                     tr("Cannot save the signed copy to %1: %2").arg(m_outputPath, out.errorString()));
            Q_EMIT finished(false);
            return;
        }
        m_resultText = tr("Signed copy saved to %1.").arg(m_outputPath);
    }
    if (outcome->timestampError && queued && outcome->timestampPending)
        m_resultText += QLatin1Char(' ')
            + tr("The time-stamp server could not be reached: the time stamp is added before the result "
                 "is sent, at the next sync.");
    else if (outcome->timestampError)
        m_resultText += QLatin1Char(' ')
            + tr("The time-stamp server could not be reached: the signature carries no time stamp.");
    Q_EMIT finished(true);
}
