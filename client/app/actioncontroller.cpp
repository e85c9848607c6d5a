// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncontroller.h"

#include "appcontroller.h"
#include "core/deadline.h"
#include "core/json.h"
#include "core/workflow.h"
#include "letters/apologyletter.h"
#include "signersettings.h"
#include "signing/signingservice.h"
#include "store/blobstore.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace motcua;

namespace {

QString localPath(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
}

} // namespace

ActionController::ActionController(QObject *parent)
    : ActionController(Workspace::instance(), parent)
{ }

ActionController::ActionController(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    init();
}

void ActionController::init()
{
    if (m_workspace)
        connect(m_workspace, &Workspace::cacheChanged, this, &ActionController::reload);
    //! The sync worker reports outbox counts after every push: the state of our action may have moved.
    connect(SyncController::instance(), &SyncController::outboxChanged, this,
            &ActionController::refreshOutbox);
    //! The errors and the outbox line are kept untranslated: re-read them in the new language.
    connect(AppController::instance(), &AppController::languageChanged, this, [this] {
        Q_EMIT errorsChanged();
        Q_EMIT outboxChanged();
    });
}

void ActionController::setDossierId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    m_outboxId = 0;
    m_outboxState.reset();
    m_outboxError.clear();
    Q_EMIT dossierIdChanged();
    clearErrors();
    reload();
    Q_EMIT outboxChanged();
}

void ActionController::reload()
{
    m_dossier.reset();
    m_procedure.reset();
    m_allowed.clear();
    std::optional<Official> official;
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (store && !m_id.isEmpty()) {
        auto found = store->dossiers().get(m_id);
        if (!found.ok()) {
            m_error = UiError(found.error());
            Q_EMIT errorsChanged();
        } else if (found.value()) {
            m_dossier = *found.value();
            auto p = store->reference().procedure(m_dossier->procedureCode);
            if (p.ok() && p.value())
                m_procedure = *p.value();
            ActionQueue q(store->database());
            if (auto me = q.me(); me.ok()) {
                official = me.value();
                //! The same rules as ActionQueue::allowed, at the workspace's "now" (pinned by tests).
                for (ActionKind k : Workflow::allowed(*m_dossier, me.value(), m_workspace->now()))
                    m_allowed << toWire(k);
            } else {
                //! No identity in the cache: nothing is offered, and the user is told why.
                m_error = UiError(me.error());
                Q_EMIT errorsChanged();
            }
        }
    }
    m_rules.update(m_dossier, official, m_workspace ? m_workspace->now() : QDateTime());
    Q_EMIT changed();
    refreshOutbox();
}

QVariantList ActionController::requiredComponents() const
{
    QVariantList out;
    if (!m_procedure)
        return out;
    for (const RequiredComponent &c : m_procedure->requiredComponents)
        out << QVariantMap {{QStringLiteral("code"), c.documentCode},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("required"), c.required}};
    return out;
}

QString ActionController::outboxText() const
{
    if (!m_outboxState)
        return {};
    switch (*m_outboxState) {
    case OutboxState::Pending:
    case OutboxState::Sending:
        return tr("Waiting to be sent to the centre.");
    case OutboxState::Done:
        return tr("Sent to the centre.");
    case OutboxState::Failed:
        return tr("Refused by the centre: %1").arg(m_outboxError);
    case OutboxState::Conflict:
        return tr("Conflict: another official acted first (%1).").arg(m_outboxError);
    }
    return {};
}

QVariantMap ActionController::fieldErrors() const
{
    QVariantMap out;
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        out.insert(it.key(), it.value().userMessage());
    return out;
}

void ActionController::clearErrors()
{
    m_fieldErrors.clear();
    m_error = {};
    Q_EMIT errorsChanged();
}

void ActionController::refreshOutbox()
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || m_outboxId == 0)
        return;
    auto entry = store->outbox().get(m_outboxId);
    if (!entry.ok()) {
        m_error = UiError(entry.error());
        Q_EMIT errorsChanged();
        return;
    }
    //! Gone (the outbox prunes sent entries): the last state stays shown.
    if (!entry.value())
        return;
    const OutboxState state = entry.value()->state;
    if (state == m_outboxState && entry.value()->lastError == m_outboxError)
        return;
    m_outboxState = state;
    m_outboxError = entry.value()->lastError;
    Q_EMIT outboxChanged();
}

bool ActionController::fail(const Error &e)
{
    //! "payload.reason" -> "reason", "payload.component.sha256" -> "component".
    if (e.path.startsWith(QLatin1String("payload."))) {
        const QString field = e.path.mid(8).section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        m_fieldErrors.insert(field, e);
    } else if (!e.path.isEmpty() && !e.path.contains(QLatin1Char('.'))) {
        m_fieldErrors.insert(e.path, e);
    } else {
        m_error = UiError(e);
    }
    Q_EMIT errorsChanged();
    return false;
}

bool ActionController::queue(ActionKind kind, ActionPayload payload)
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || !m_dossier)
        return fail(
            Error::make(Error::Kind::NotFound, QStringLiteral("app.no_dossier"),
                        QT_TRANSLATE_NOOP("motcua::Error", "This dossier is not in the local cache.")));
    if (payload.note.trimmed().isEmpty())
        payload.note.clear();
    ActionQueue q(store->database());
    //! A copy: the outbox's announcement reloads this controller (m_dossier) before queueTyped returns.
    const Dossier dossier = *m_dossier;
    auto id = q.queueTyped(dossier, kind, payload, m_workspace->now());
    if (!id)
        return fail(id.error());
    m_outboxId = id.value();
    m_outboxState.reset();
    refreshOutbox();
    Q_EMIT queued(toWire(kind));
    return true;
}

std::optional<Component> ActionController::pdfComponent(const QString &file, ComponentKind kind,
                                                        bool isSigned, const QString &field)
{
    auto c = importPdfFile(m_workspace->store()->blobs(), localPath(file), kind, isSigned);
    if (!c) {
        //! Shown under the form's file field, not above the form.
        Error e = c.error();
        e.path = field;
        fail(e);
        return std::nullopt;
    }
    //! The page count travels with the component: the checklist says "3 pages" of a draft, not 0.
    if (QFile f(localPath(file)); c->pages == 0 && f.open(QIODevice::ReadOnly)) {
        if (auto boxes = signing::SigningService::pageBoxes(f.readAll()))
            c->pages = int(boxes->size());
    }
    return *c;
}

std::optional<QList<Component>> ActionController::inputComponents(const QStringList &files,
                                                                  const QString &field)
{
    QList<Component> out;
    for (const QString &file : files) {
        auto c = pdfComponent(file, ComponentKind::Input, false, field);
        if (!c)
            return std::nullopt;
        out << *c;
    }
    return out;
}

bool ActionController::forward(const QString &toAgency, const QString &note, int stepDays,
                               const QStringList &attachmentFiles)
{
    clearErrors();
    auto attachments = inputComponents(attachmentFiles, QStringLiteral("attachments"));
    if (!attachments)
        return false;
    return queue(ActionKind::Forward,
                 {payload::Forward {toAgency, std::max(0, stepDays), *attachments}, note, {}});
}

QString ActionController::supplementReason(const QStringList &missing, const QStringList &incorrect,
                                           const QString &text) const
{
    QStringList parts;
    if (!missing.isEmpty())
        parts << tr("Missing: %1.").arg(missing.join(QStringLiteral("; ")));
    if (!incorrect.isEmpty())
        parts << tr("Incorrect or incomplete: %1.").arg(incorrect.join(QStringLiteral("; ")));
    if (!text.trimmed().isEmpty())
        parts << text.trimmed();
    return parts.join(QLatin1Char(' '));
}

bool ActionController::requestSupplement(const QStringList &missing, const QStringList &incorrect,
                                         const QString &text)
{
    clearErrors();
    return queue(ActionKind::RequestSupplement,
                 {payload::Reason {supplementReason(missing, incorrect, text)}, {}, {}});
}

bool ActionController::receiveSupplement(const QStringList &files, const QString &note)
{
    clearErrors();
    auto added = inputComponents(files, QStringLiteral("components"));
    if (!added)
        return false;
    return queue(ActionKind::ReceiveSupplement, {payload::Components {*added}, note, {}});
}

bool ActionController::submitForApproval(const QString &draftFile, const QString &note)
{
    clearErrors();
    payload::Draft draft;
    if (!draftFile.trimmed().isEmpty()) {
        draft.component = pdfComponent(draftFile, ComponentKind::Result, false, QStringLiteral("component"));
        if (!draft.component)
            return false;
    }
    return queue(ActionKind::SubmitForApproval, {draft, note, {}});
}

bool ActionController::approve(const QString &note)
{
    clearErrors();
    return queue(ActionKind::Approve, {payload::None {}, note, {}});
}

bool ActionController::returnForRework(const QString &reason)
{
    clearErrors();
    return queue(ActionKind::ReturnForRework, {payload::Reason {reason.trimmed()}, {}, {}});
}

bool ActionController::reject(const QString &reason)
{
    clearErrors();
    return queue(ActionKind::Reject, {payload::Reason {reason.trimmed()}, {}, {}});
}

bool ActionController::withdraw(const QString &reason)
{
    clearErrors();
    //! Optional for the Workflow, but the desk records why the applicant withdrew.
    if (reason.trimmed().isEmpty())
        return fail(Error::make(Error::Kind::Invalid, QStringLiteral("workflow.reason_required"),
                                QT_TRANSLATE_NOOP("motcua::Error", "A reason is required."), {},
                                QStringLiteral("payload.reason")));
    return queue(ActionKind::Withdraw, {payload::Reason {reason.trimmed()}, {}, {}});
}

bool ActionController::returnResult(const QString &note)
{
    clearErrors();
    return queue(ActionKind::ReturnResult, {payload::None {}, note, {}});
}

QString ActionController::suggestedNewDate() const
{
    return appointmentFor(5);
}

QString ActionController::appointmentFor(int workingDays) const
{
    if (!m_workspace || !m_dossier)
        return {};
    //! N working days after the due date (or the previous apology's date), as a date in Vietnam.
    const QDateTime at
        = deadline::appointmentAfter(*m_dossier, m_workspace->calendar(), workingDays, m_workspace->now());
    return WorkingCalendar::localDate(at).toString(Qt::ISODate);
}

QString ActionController::dateText(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    //! QLocale() is the UI language's (AppController sets the default on every switch).
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

bool ActionController::issueApology(const QString &newDate, const QString &reason)
{
    clearErrors();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || !m_dossier)
        return queue(ActionKind::IssueApology, {payload::Document {}, {}, {}});
    const QDate date = QDate::fromString(newDate.trimmed(), Qt::ISODate);
    const QDate today = m_workspace->now().toOffsetFromUtc(7 * 3600).date();
    if (!date.isValid() || date < today)
        return fail(Error::make(Error::Kind::Invalid, QStringLiteral("letters.new_date"),
                                QT_TRANSLATE_NOOP("motcua::Error",
                                                  "Enter the new date for returning the result "
                                                  "(YYYY-MM-DD, today or later)."),
                                {}, QStringLiteral("new_date")));
    Agency agency, parent;
    if (auto all = store->reference().agencies(); all.ok()) {
        for (const Agency &a : all.value())
            if (a.code == m_dossier->agencyCode)
                agency = a;
        for (const Agency &a : all.value())
            if (!agency.parentCode.isEmpty() && a.code == agency.parentCode)
                parent = a;
    }
    //! The appointment is counted in working days (stored on the dossier by the workflow).
    const int extraDays
        = deadline::workingDaysUntil(*m_dossier, m_workspace->calendar(), date, m_workspace->now());
    const QDate appointment = QDate::fromString(appointmentFor(extraDays), Qt::ISODate);
    auto pdf = letters::renderApologyPdf(letters::apologyFor(
        *m_dossier, agency, parent, m_procedure.value_or(Procedure()), appointment, reason, today));
    if (!pdf)
        return fail(pdf.error());
    const Component c = letters::apologyComponent(pdf.value(), m_dossier->code);
    if (Status s = store->blobs().put(c.sha256, pdf.value()); !s)
        return fail(s.error());
    return queue(ActionKind::IssueApology, {payload::Document {c, extraDays}, {}, {}});
}

bool ActionController::signApology(const QString &secret)
{
    clearErrors();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || !m_dossier)
        return queue(ActionKind::IssueApology, {payload::Document {}, {}, {}});
    const auto it
        = std::find_if(m_dossier->components.cbegin(), m_dossier->components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Apology && !c.isSigned; });
    if (it == m_dossier->components.cend())
        return fail(
            Error::make(Error::Kind::NotFound, QStringLiteral("letters.no_unsigned_apology"),
                        QT_TRANSLATE_NOOP("motcua::Error", "This dossier has no apology letter to sign.")));
    auto bytes = store->blobs().read(it->sha256);
    if (!bytes)
        return fail(
            Error::make(Error::Kind::NotFound, QStringLiteral("letters.not_downloaded"),
                        QT_TRANSLATE_NOOP("motcua::Error",
                                          "The apology letter has not been downloaded yet: sync first.")));
    signing::SignRequest request;
    request.pdf = bytes.value();
    request.spec = SignerSettings::spec();
    request.secret = [&secret] { return secret.toUtf8(); };
    request.reason = QStringLiteral("Phê duyệt thư xin lỗi");
    //! The desk's one visible stamp (signer, time in Vietnam), bottom right of page 1
    //! below the letter's signature block, where the batch puts it on results.
    request.placement = {signing::Placement::Kind::Rect, 0, QRectF(335, 36, 220, 50)};
    request.appearance.namesSigner = true;
    //! Signed on the spot, on the UI thread (a PKCS#12 file or a token's single signature).
    request.timestampPolicy = signing::TimestampPolicy::None;
    auto signedPdf = signing::SigningService::sign(request);
    if (!signedPdf) {
        Error e = signedPdf.error();
        //! A wrong or locked PIN shows under the PIN field; anything else (no key configured) above.
        if (e.kind == Error::Kind::Unauthorized)
            e.path = QStringLiteral("pin");
        return fail(e);
    }
    Component c = *it; //!< same id: the signed copy replaces the desk's letter
    c.sha256 = signedPdf->sha256;
    c.size = signedPdf->pdf.size();
    c.isSigned = true;
    if (Status s = store->blobs().put(c.sha256, signedPdf->pdf); !s)
        return fail(s.error());
    return queue(ActionKind::IssueApology, {payload::Document {c}, {}, {}});
}
