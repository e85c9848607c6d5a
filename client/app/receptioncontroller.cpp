// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptioncontroller.h"

#include "appcontroller.h"
#include "core/role.h"
#include "digitize/digitizedcopy.h"
#include "letters/receptionslips.h"
#include "sessioncontroller.h"
#include "signersettings.h"
#include "signing/signerspec.h"
#include "signing/tsaclient.h"
#include "store/localstore.h"
#include "store/warehouserepository.h"
#include "sync/receptiondesk.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>

using namespace motcua;

namespace {
ReceptionController *s_instance = nullptr;

QString localPath(const QString &folderOrUrl)
{
    const QUrl url(folderOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : folderOrUrl;
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out.append(l.simplified());
    return out;
}
ReceptionDesk::Identity deskIdentity(Workspace *ws)
{
    if (!ws || !ws->store())
        return {};
    auto id = ReceptionDesk(ws->store()->database()).identity();
    return id ? *id : ReceptionDesk::Identity {};
}

//! The desk and the applicant as the refusal and guidance slips name them.
letters::SlipParty slipParty(Workspace *ws, const Applicant &a, const Procedure &procedure,
                             const QString &suffix)
{
    const ReceptionDesk::Identity who = deskIdentity(ws);
    letters::SlipParty party
        = letters::deskParty(who.parentAgencyName, who.agencyName, who.officialName, suffix);
    party.applicantName = a.name;
    party.applicantAddress = a.address;
    party.phone = a.phone;
    party.email = a.email;
    party.procedureName = procedure.name;
    return party;
}
} // namespace

//! What the worker thread gets and gives back: no QObject, no database.
struct ReceptionController::Digitized
{
    QList<ReceptionComponentModel::Item> items;
    signing::SignerSpec spec;
    QByteArray pin;
    bool sign = false;
    digitize::DigitizedCopyOptions options;
    QList<std::optional<digitize::DigitizedComponent>> out; //!< per item; nullopt = reused / not handed in
    std::optional<Error> error;
};

ReceptionController::ReceptionController(QObject *parent)
    : QObject(parent)
{
    if (!s_instance)
        s_instance = this;
    connect(&m_watcher, &digitize::ScanFolderWatcher::scanArrived, this,
            [this](const QString &path) { addFiles({QUrl::fromLocalFile(path)}); });
    if (const QString dir = scanFolder(); !dir.isEmpty())
        m_watcher.setFolder(dir);
    //! Who is signed in decides whether the screen is offered.
    if (Workspace *ws = Workspace::instance())
        connect(ws, &Workspace::identityChanged, this, &ReceptionController::refreshAvailable);
    connect(SessionController::instance(), &SessionController::signedInChanged, this,
            &ReceptionController::refreshAvailable);
    refreshAvailable();
    //! Texts made here follow a language switch too.
    connect(AppController::instance(), &AppController::languageChanged, this, [this] {
        Q_EMIT procedureChanged();
        Q_EMIT m_applicant.changed();
        m_components.retranslate();
        Q_EMIT stateChanged(); // resultText
    });
}

ReceptionController::~ReceptionController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

ReceptionController *ReceptionController::instance()
{
    if (!s_instance)
        s_instance = new ReceptionController(QCoreApplication::instance());
    return s_instance;
}

ReceptionController *ReceptionController::create(QQmlEngine *, QJSEngine *)
{
    ReceptionController *c = instance();
    QJSEngine::setObjectOwnership(c, QJSEngine::CppOwnership);
    return c;
}

void ReceptionController::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    refreshAvailable();
}

void ReceptionController::refreshAvailable()
{
    Workspace *ws = workspace();
    bool desk = false;
    if (ws && ws->store()) {
        auto me = ws->store()->syncState().me();
        desk = me && *me && (*me)->official.hasRole(Role::DeskStaff);
    }
    if (desk != m_available) {
        m_available = desk;
        Q_EMIT availableChanged();
    }
}

Workspace *ReceptionController::workspace() const
{
    return m_workspace ? m_workspace : Workspace::instance();
}

void ReceptionController::setState(bool busy, const QString &error)
{
    m_busy = busy;
    m_error = error;
    Q_EMIT stateChanged();
}

void ReceptionController::reload()
{
    Workspace *ws = workspace();
    if (!ws || !ws->store())
        return;
    auto all = ws->store()->reference().procedures();
    if (!all) {
        setState(m_busy, all.error().userMessage());
        return;
    }
    m_procedures.setProcedures(*all);
    refreshAvailable();
}

QString ReceptionController::procedureSummary() const
{
    return m_procedure.code.isEmpty() ? QString() : ReceptionProcedureModel::summary(m_procedure);
}

bool ReceptionController::selectProcedure(const QString &code)
{
    auto p = m_procedures.procedure(code);
    if (!p)
        return false;
    m_procedure = *p;
    m_components.setRequired(p->requiredComponents);
    Q_EMIT procedureChanged();
    return true;
}

void ReceptionController::lookUpApplicant()
{
    const QString id = m_applicant.idNumber();
    if (id.isEmpty()) {
        m_applicant.setLookingUp(false, tr("Enter the ID number first."));
        return;
    }
    if (!SyncController::instance()->online()) {
        m_applicant.setLookingUp(false,
                                 tr("Offline: the population records cannot be reached. Type the "
                                    "details from the citizen's ID card."));
        return;
    }
    m_applicant.setLookingUp(true);
    Q_EMIT lookupRequested(id);
}

void ReceptionController::applyLookup(const QString &idNumber, bool found, const Applicant &records,
                                      const QString &message)
{
    if (idNumber != m_applicant.idNumber())
        return; // the official moved on to another citizen
    if (found)
        m_applicant.fill(records);
    else
        m_applicant.setLookingUp(false, message);
}

void ReceptionController::setChannel(int channel)
{
    if (channel < 0 || channel > 2 || channel == m_channel)
        return;
    m_channel = channel;
    Q_EMIT channelChanged();
}

QString ReceptionController::scanFolder() const
{
    return QSettings().value(QStringLiteral("reception/scan_folder")).toString();
}

void ReceptionController::setScanFolder(const QString &folderOrUrl)
{
    const QString dir = localPath(folderOrUrl);
    if (!dir.isEmpty() && !m_watcher.setFolder(dir)) {
        setState(m_busy, tr("The folder %1 does not exist.").arg(dir));
        return;
    }
    if (dir.isEmpty())
        m_watcher.setFolder({});
    QSettings().setValue(QStringLiteral("reception/scan_folder"), dir);
    Q_EMIT foldersChanged();
}

QString ReceptionController::slipFolder() const
{
    const QString set = QSettings().value(QStringLiteral("reception/slip_folder")).toString();
    if (!set.isEmpty())
        return set;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("MotCua/phieu"));
}

void ReceptionController::setSlipFolder(const QString &folderOrUrl)
{
    QSettings().setValue(QStringLiteral("reception/slip_folder"), localPath(folderOrUrl));
    Q_EMIT foldersChanged();
}

bool ReceptionController::willSign() const
{
    return SignerSettings::spec().isComplete();
}

int ReceptionController::addFiles(const QList<QUrl> &files)
{
    int added = 0;
    const QStringList known = digitize::scanSuffixes();
    for (const QUrl &u : files) {
        const QString path = u.isLocalFile() ? u.toLocalFile() : u.toString();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!known.contains(suffix) && suffix != QLatin1String("pdf")) {
            setState(m_busy, tr("%1 is not a scanned image or a PDF.").arg(QFileInfo(path).fileName()));
            continue;
        }
        //! A PDF is a component as it is: alone, never mixed with scanned pages.
        const bool pdf = suffix == QLatin1String("pdf");
        bool mixed = false;
        if (m_components.editPages([&](digitize::ScanPages &p) {
                const bool hasPdf = p.size() > 0
                    && p.pages().first().path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
                mixed = (pdf && p.size() > 0) || hasPdf;
                if (mixed)
                    return false;
                p.append(path);
                return true;
            }))
            ++added;
        if (mixed)
            setState(m_busy,
                     tr("A PDF is taken as the whole component: delete the other pages first, or "
                        "add scanned images only."));
    }
    if (added > 0 && !m_busy)
        setState(false, {}); // an earlier "missing" or "choose first" no longer applies
    if (added == 0 && m_components.currentIndex() < 0)
        setState(m_busy, tr("Choose the procedure first: the papers go into its components."));
    return added;
}

bool ReceptionController::movePage(int from, int to)
{
    return m_components.editPages([=](digitize::ScanPages &p) { return p.move(from, to); });
}

bool ReceptionController::rotatePage(int index, int quarterTurns)
{
    return m_components.editPages([=](digitize::ScanPages &p) { return p.rotate(index, quarterTurns); });
}

bool ReceptionController::removePage(int index)
{
    return m_components.editPages([=](digitize::ScanPages &p) { return p.remove(index); });
}

bool ReceptionController::rescanPage(int index, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    return m_components.editPages([&](digitize::ScanPages &p) { return p.replace(index, path); });
}

bool ReceptionController::reuseDocument(const QString &sha256)
{
    const int row = m_components.currentIndex();
    if (sha256.isEmpty())
        return m_components.setReused(row, std::nullopt);
    Workspace *ws = workspace();
    if (!ws || !ws->store())
        return false;
    auto w = WarehouseRepository(ws->store()->database()).get(m_applicant.idNumber());
    if (!w) {
        setState(m_busy, w.error().userMessage());
        return false;
    }
    if (*w) {
        for (const CitizenDocument &d : std::as_const((*w)->documents))
            if (d.sha256 == sha256)
                return m_components.setReused(row, d);
    }
    setState(m_busy, tr("This document is not in the applicant's e-data warehouse."));
    return false;
}

bool ReceptionController::receive(const QString &pin)
{
    if (m_busy)
        return false;
    if (m_procedure.code.isEmpty()) {
        setState(false, tr("Choose the procedure first."));
        return false;
    }
    if (m_applicant.name().trimmed().isEmpty() || m_applicant.idNumber().isEmpty()) {
        setState(false, tr("Enter the applicant's name and ID number."));
        return false;
    }
    if (const QStringList missing = m_components.missingNames(); !missing.isEmpty()) {
        setState(false,
                 tr("Missing components: %1. Scan them, reuse them from the warehouse, or give the "
                    "citizen the guidance slip.")
                     .arg(missing.join(QStringLiteral("; "))));
        return false;
    }
    auto work = std::make_shared<Digitized>();
    work->items = m_components.items();
    work->spec = SignerSettings::spec();
    work->sign = work->spec.isComplete();
    work->pin = pin.toUtf8();
    if (Workspace *ws = workspace(); ws && ws->store()) {
        auto id = ReceptionDesk(ws->store()->database()).identity();
        if (!id) {
            setState(false, id.error().userMessage());
            return false;
        }
        work->options.agencyName = id->agencyName;
    }
    work->options.tsaUrl = signing::TsaClient::centralUrl(QUrl(SessionController::instance()->serverUrl()));
    m_resultCode.clear();
    setOutcome(Outcome::None, {});
    m_slipUrl.clear();
    setState(true, {});
    //! Assembling 300 dpi scans and a token's signature take seconds: off the screen's thread.
    QThread *t = QThread::create([work] {
        std::unique_ptr<signing::Signer> signer;
        if (work->sign) {
            auto opened = signing::openSigner(work->spec, [work] { return work->pin; });
            if (!opened) {
                work->error = opened.error();
                return;
            }
            signer = std::move(*opened);
        }
        for (const ReceptionComponentModel::Item &i : std::as_const(work->items)) {
            if (i.reused || i.pages.size() == 0) {
                work->out.append(std::nullopt);
                continue;
            }
            auto c = digitize::digitizeComponent(i.pages.pages(), i.required.name, i.required.documentCode,
                                                 signer.get(), work->options);
            if (!c) {
                work->error = c.error();
                return;
            }
            work->out.append(*c);
        }
        work->pin.fill('\0');
    });
    connect(t, &QThread::finished, this, [this, work, t] {
        t->deleteLater();
        finishReceive(work);
    });
    t->start();
    return true;
}

void ReceptionController::finishReceive(const std::shared_ptr<Digitized> &work)
{
    Workspace *ws = workspace();
    if (work->error) {
        setState(false, work->error->userMessage());
        return;
    }
    if (!ws || !ws->store()) {
        setState(false, tr("No profile is open."));
        return;
    }
    LocalStore *store = ws->store();
    ReceptionRequest request;
    request.procedureCode = m_procedure.code;
    request.applicant = m_applicant.applicant();
    request.channel = m_channel == 1 ? Channel::Online : m_channel == 2 ? Channel::Postal : Channel::InPerson;
    for (qsizetype i = 0; i < work->items.size(); ++i) {
        if (work->items[i].reused) {
            request.components.append(work->items[i].reused->toInputComponent());
        } else if (work->out.value(i)) {
            const digitize::DigitizedComponent &c = *work->out[i];
            if (Status s = store->blobs().put(c.component.sha256, c.pdf); !s) {
                setState(false, s.error().userMessage());
                return;
            }
            request.components.append(c.component);
        }
    }
    ReceptionDesk desk(store->database());
    auto dossier = desk.receive(request);
    if (!dossier) {
        setState(false, dossier.error().userMessage());
        return;
    }
    const ReceptionDesk::Identity who = deskIdentity(ws);
    const QString base = SessionController::instance()->serverUrl() + QStringLiteral("/tra-cuu?ma=");
    auto pdf = letters::renderReceiptSlip(letters::receiptFor(
        *dossier, m_procedure,
        letters::deskParty(who.parentAgencyName, who.agencyName, who.officialName, QStringLiteral("/TNHS")),
        letters::lookupAddress(base, dossier->code)));
    m_resultCode = dossier->code;
    const QString due = dossier->dueAt.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM/yyyy"));
    setOutcome(Outcome::Received, dossier->code, due);
    QString error;
    if (!pdf) {
        error = pdf.error().userMessage();
    } else {
        const QString path = saveSlip(*pdf, dossier->code + QStringLiteral("-tiep-nhan.pdf"));
        if (path.isEmpty())
            error = tr("The receipt slip could not be saved in %1.").arg(slipFolder());
        else
            m_slipUrl = QUrl::fromLocalFile(path);
    }
    ws->notifyCacheChanged();
    setState(false, error);
    Q_EMIT received(dossier->code);
    //! Online it goes up now; offline the reconnect sends it (exactly once).
    SyncController::instance()->syncNow();
}

QString ReceptionController::saveSlip(const QByteArray &pdf, const QString &name)
{
    const QString dir = slipFolder();
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (!QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(safe);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return {};
    return path;
}

bool ReceptionController::refuse(const QString &reasons)
{
    letters::RefusalSlip slip;
    slip.reasons = lines(reasons);
    if (slip.reasons.isEmpty()) {
        setState(false, tr("Write the reasons for refusing, one a line."));
        return false;
    }
    slip.party = slipParty(workspace(), m_applicant.applicant(), m_procedure, QStringLiteral("/TCHS"));
    const Applicant a = m_applicant.applicant();
    auto pdf = letters::renderRefusalSlip(slip);
    if (!pdf) {
        setState(false, pdf.error().userMessage());
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path
        = saveSlip(*pdf, a.idNumber + QStringLiteral("-tu-choi-") + stamp + QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        setState(false, tr("The slip could not be saved in %1.").arg(slipFolder()));
        return false;
    }
    m_resultCode.clear();
    setOutcome(Outcome::Refused, a.name);
    m_slipUrl = QUrl::fromLocalFile(path);
    setState(false, {});
    return true;
}

bool ReceptionController::askForMore(const QString &requirements, const QString &reason)
{
    letters::GuidanceSlip slip;
    slip.requirements = lines(requirements);
    if (slip.requirements.isEmpty())
        slip.requirements = m_components.missingNames();
    if (slip.requirements.isEmpty()) {
        setState(false, tr("Write what the citizen must add, one a line."));
        return false;
    }
    slip.reason = reason.simplified();
    slip.party = slipParty(workspace(), m_applicant.applicant(), m_procedure, QStringLiteral("/HDHS"));
    slip.contact = slip.party.heading.agencyName;
    const Applicant a = m_applicant.applicant();
    auto pdf = letters::renderGuidanceSlip(slip);
    if (!pdf) {
        setState(false, pdf.error().userMessage());
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path
        = saveSlip(*pdf, a.idNumber + QStringLiteral("-huong-dan-") + stamp + QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        setState(false, tr("The slip could not be saved in %1.").arg(slipFolder()));
        return false;
    }
    m_resultCode.clear();
    setOutcome(Outcome::Guided, a.name);
    m_slipUrl = QUrl::fromLocalFile(path);
    setState(false, {});
    return true;
}

void ReceptionController::setOutcome(Outcome outcome, const QString &subject, const QString &due)
{
    m_outcome = outcome;
    m_outcomeSubject = subject;
    m_outcomeDue = due;
}

QString ReceptionController::resultText() const
{
    switch (m_outcome) {
    case Outcome::None:
        return {};
    case Outcome::Received:
        return tr("Received %1. Appointment to return the result: %2.").arg(m_outcomeSubject, m_outcomeDue);
    case Outcome::Refused:
        return tr("Refusal slip ready for %1.").arg(m_outcomeSubject);
    case Outcome::Guided:
        return tr("Guidance slip ready for %1.").arg(m_outcomeSubject);
    }
    return {};
}

void ReceptionController::startNew()
{
    m_applicant.clear();
    m_components.setRequired(m_procedure.requiredComponents);
    m_resultCode.clear();
    setOutcome(Outcome::None, {});
    m_slipUrl.clear();
    setState(false, {});
}
