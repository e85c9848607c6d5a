// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "digitize/scanfolderwatcher.h"
#include "receptionapplicant.h"
#include "receptionmodels.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class Workspace;

//! The reception screen (tiếp nhận hồ sơ tại Bộ phận Một cửa): the procedure, the
//! applicant, the checklist and the digitization of each component, then "Tiếp nhận"
//! (or a refusal / guidance slip). It takes the same path as `motcua receive`:
//! digitize::digitizeComponent for the papers, ReceptionDesk::receive for the code from
//! the desk's reserved block (so it works offline), letters:: for the slips; the next
//! sync sends the dossier, exactly once. The citizen lookup goes through the sync
//! worker (lookupRequested → DeskController → SyncWorker → applyLookup).
class ReceptionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ReceptionProcedureModel *procedures READ procedures CONSTANT)
    Q_PROPERTY(ReceptionComponentModel *components READ components CONSTANT)
    Q_PROPERTY(ReceptionApplicant *applicant READ applicant CONSTANT)
    //! The signed-in official is one-stop desk staff: the screen is offered (in the rail).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    //! "1.001193 · Đăng ký khai sinh" or "" before one is chosen.
    Q_PROPERTY(QString procedureTitle READ procedureTitle NOTIFY procedureChanged)
    Q_PROPERTY(QString procedureSummary READ procedureSummary NOTIFY procedureChanged)
    //! How the citizen handed the dossier in: 0 in person, 1 online, 2 postal.
    Q_PROPERTY(int channel READ channel WRITE setChannel NOTIFY channelChanged)
    //! The scanner software's output folder, watched for new pages (QSettings reception/scan_folder).
    Q_PROPERTY(QString scanFolder READ scanFolder WRITE setScanFolder NOTIFY foldersChanged)
    //! Where the slips are saved (QSettings reception/slip_folder).
    Q_PROPERTY(QString slipFolder READ slipFolder WRITE setSlipFolder NOTIFY foldersChanged)
    //! A key is chosen in Settings: the digitized copies will be signed (the PIN is asked).
    Q_PROPERTY(bool willSign READ willSign NOTIFY foldersChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    //! The code of the dossier just received ("" before).
    Q_PROPERTY(QString resultCode READ resultCode NOTIFY stateChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged)
    //! The slip just saved (receipt, refusal or guidance), to open or print.
    Q_PROPERTY(QUrl slipUrl READ slipUrl NOTIFY stateChanged)

public:
    explicit ReceptionController(QObject *parent); //!< not default-constructible: see AppController
    ~ReceptionController() override;
    static ReceptionController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static ReceptionController *instance();
    //! The workspace to work on (default: Workspace::instance()).
    void setWorkspace(Workspace *workspace);

    [[nodiscard]] ReceptionProcedureModel *procedures() { return &m_procedures; }
    [[nodiscard]] ReceptionComponentModel *components() { return &m_components; }
    [[nodiscard]] ReceptionApplicant *applicant() { return &m_applicant; }
    [[nodiscard]] QString procedureCode() const { return m_procedure.code; }
    [[nodiscard]] QString procedureTitle() const
    {
        return m_procedure.code.isEmpty() ? QString()
                                          : m_procedure.code + QStringLiteral(" · ") + m_procedure.name;
    }
    [[nodiscard]] bool available() const { return m_available; }
    //! Re-reads whether the signed-in official is desk staff (after sign-in or a sync).
    void refreshAvailable();
    [[nodiscard]] QString procedureSummary() const;
    [[nodiscard]] int channel() const { return m_channel; }
    void setChannel(int channel);
    [[nodiscard]] QString scanFolder() const;
    void setScanFolder(const QString &folderOrUrl);
    [[nodiscard]] QString slipFolder() const;
    void setSlipFolder(const QString &folderOrUrl);
    [[nodiscard]] bool willSign() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString resultCode() const { return m_resultCode; }
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QUrl slipUrl() const { return m_slipUrl; }

    //! Re-reads the catalogue from the cache (the screen calls it when shown).
    Q_INVOKABLE void reload();
    Q_INVOKABLE bool selectProcedure(const QString &code);
    //! Asks the central API for the applicant's details (online only).
    Q_INVOKABLE void lookUpApplicant();
    //! Papers for the current component, from files (file URLs or paths) in that order.
    Q_INVOKABLE int addFiles(const QList<QUrl> &files);
    Q_INVOKABLE bool movePage(int from, int to);
    Q_INVOKABLE bool rotatePage(int index, int quarterTurns = 1);
    Q_INVOKABLE bool removePage(int index);
    Q_INVOKABLE bool rescanPage(int index, const QUrl &file);
    //! The current component takes the applicant's warehouse document with this hash
    //! (the reuse list, ReuseModel) instead of papers; "" gives it back to papers.
    Q_INVOKABLE bool reuseDocument(const QString &sha256);
    //! Receives: digitizes (and signs with `pin` when willSign) on a worker thread,
    //! stores and queues the dossier, saves the receipt slip, asks for a sync.
    Q_INVOKABLE bool receive(const QString &pin = {});
    //! Phiếu từ chối (reasons, one a line) / phiếu hướng dẫn bổ sung (what is missing, one a line).
    Q_INVOKABLE bool refuse(const QString &reasons);
    Q_INVOKABLE bool askForMore(const QString &requirements, const QString &reason);
    //! The next citizen: an empty form, the procedure kept.
    Q_INVOKABLE void startNew();

    //! From the sync worker: the records' answer, or why there is none.
    void applyLookup(const QString &idNumber, bool found, const motcua::Applicant &records,
                     const QString &message);

Q_SIGNALS:
    void procedureChanged();
    void availableChanged();
    void channelChanged();
    void foldersChanged();
    void stateChanged();
    void lookupRequested(const QString &idNumber);
    //! A dossier was received (queued; the sync sends it).
    void received(const QString &code);

private:
    struct Digitized;
    //! What the line under the form says; its text is made when read, in the UI language.
    enum class Outcome { None, Received, Refused, Guided };
    void setOutcome(Outcome outcome, const QString &subject, const QString &due = {});
    void setState(bool busy, const QString &error);
    void finishReceive(const std::shared_ptr<Digitized> &work);
    QString saveSlip(const QByteArray &pdf, const QString &name);
    Workspace *workspace() const;

    Workspace *m_workspace = nullptr;
    ReceptionProcedureModel m_procedures;
    ReceptionComponentModel m_components;
    ReceptionApplicant m_applicant;
    motcua::digitize::ScanFolderWatcher m_watcher;
    motcua::Procedure m_procedure;
    int m_channel = 0;
    bool m_available = false;
    bool m_busy = false;
    QString m_error;
    QString m_resultCode;
    Outcome m_outcome = Outcome::None;
    QString m_outcomeSubject; //!< the dossier code (received) or the applicant's name (slips)
    QString m_outcomeDue; //!< the appointment date, dd/MM/yyyy (received)
    QUrl m_slipUrl;
};
