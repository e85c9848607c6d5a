// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "signing/signingservice.h"
#include "uierror.h"

#include <QObject>
#include <QQmlEngine>
#include <QRectF>
#include <QVariantMap>

class Workspace;

//! The sign dialog: signs one component of the open dossier with the key
//! chosen in Settings, on a worker thread (the UI never waits on the token).
//! A supervisor signing the draft result of an approved dossier queues
//! `sign_result` with the signed copy (same component id, new sha256): it works
//! offline and reaches the server on the next sync. Anything else is saved as
//! a signed copy to a file the user chooses. The PIN is used once and wiped.
class SigningController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dossierId READ dossierId WRITE setDossierId NOTIFY targetChanged)
    Q_PROPERTY(QString componentId READ componentId WRITE setComponentId NOTIFY targetChanged)
    Q_PROPERTY(QString componentName READ componentName NOTIFY targetChanged)
    //! The component's local file (for the page preview), "" when not downloaded.
    Q_PROPERTY(QString filePath READ filePath NOTIFY targetChanged)
    Q_PROPERTY(bool isResult READ isResult NOTIFY targetChanged)
    //! True: signing queues sign_result; false: "Save signed copy as…".
    Q_PROPERTY(bool queuesResult READ queuesResult NOTIFY targetChanged)
    Q_PROPERTY(QString signerSummary READ signerSummary NOTIFY targetChanged)
    Q_PROPERTY(bool usesPin READ usesPin NOTIFY targetChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY busyChanged)
    //! Why the last attempt could not start or failed (the one error shape, UiError).
    Q_PROPERTY(UiError error READ error NOTIFY errorChanged)
    //! RFC 3161 time-stamp service for PAdES B-T; default: the central server's /tsa.
    //! Unreachable (offline): the signature is made without a time stamp (B-B).
    Q_PROPERTY(QString tsaUrl READ tsaUrl WRITE setTsaUrl NOTIFY targetChanged)
    //! What happened after a success ("queued", the saved file).
    Q_PROPERTY(QString resultText READ resultText NOTIFY finished)

public:
    explicit SigningController(QObject *parent = nullptr);
    SigningController(Workspace *workspace, QObject *parent);
    ~SigningController() override;

    [[nodiscard]] QString dossierId() const { return m_dossierId; }
    void setDossierId(const QString &id);
    [[nodiscard]] QString componentId() const { return m_componentId; }
    void setComponentId(const QString &id);
    [[nodiscard]] QString componentName() const { return m_component.name; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool isResult() const;
    [[nodiscard]] bool queuesResult() const { return m_queuesResult; }
    [[nodiscard]] QString signerSummary() const;
    [[nodiscard]] bool usesPin() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString progressText() const { return m_progressText; }
    [[nodiscard]] UiError error() const { return m_error; }
    [[nodiscard]] QString resultText() const { return m_resultText; }
    [[nodiscard]] QString tsaUrl() const;
    void setTsaUrl(const QString &url);

    //! Starts signing; false (and `error`) when it cannot start. Options:
    //! visible (bool), page (0-based), rect (QRectF, PDF points, origin bottom-left),
    //! copyStamp (bool: Decree 30 copy text top right of page 1), images (bool:
    //! the signature and seal images from Settings), outputPath (save mode).
    Q_INVOKABLE bool sign(const QString &pin, const QVariantMap &options);
    //! A rectangle picked on page `page` as displayed (0..1, origin top-left, the
    //! page turned by its own /Rotate) in PDF points of the unrotated page (origin
    //! bottom-left, offset by the page box's origin).
    Q_INVOKABLE QRectF placementToPdf(const QRectF &normalized, int page) const;
    //! The same for a page box (unrotated, PDF points) and a /Rotate value.
    [[nodiscard]] static QRectF toPdfRect(const QRectF &normalized, const QRectF &pageBox, int rotation);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void targetChanged();
    void busyChanged();
    void errorChanged();
    void finished(bool ok);

private:
    void readPages();
    void complete(const motcua::Result<motcua::signing::SignedDocument> &outcome);
    void setError(const UiError &error);
    //! A message of this controller (tr(), so already in the UI language).
    void setError(const QString &code, const QString &text) { setError(UiError::translated(code, text)); }
    void setBusy(bool busy, const QString &text = {});

    Workspace *m_workspace = nullptr;
    QString m_dossierId;
    QString m_componentId;
    motcua::Dossier m_dossier;
    motcua::Component m_component;
    QString m_filePath;
    QList<motcua::signing::PageBox> m_pageBoxes;
    bool m_queuesResult = false;
    bool m_busy = false;
    QString m_progressText;
    UiError m_error;
    QString m_resultText;
    QString m_outputPath;
    QString m_tsaUrl;
    bool m_tsaUrlSet = false;
};
