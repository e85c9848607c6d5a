// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncontroller.h"

#include "core/deadline.h"
#include "core/json.h"
#include "core/workflow.h"
#include "letters/apologyletter.h"
#include "signersettings.h"
#include "signing/pdfsigner.h"
#include "signing/signerspec.h"
#include "store/blobstore.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
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
}

void ActionController::setDossierId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    m_outboxId = 0;
    m_outboxState.clear();
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
    m_supervisor = false;
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (store && !m_id.isEmpty()) {
        auto found = store->dossiers().get(m_id);
        if (found.ok() && found.value()) {
            m_dossier = *found.value();
            auto p = store->reference().procedure(m_dossier->procedureCode);
            if (p.ok() && p.value())
                m_procedure = *p.value();
            ActionQueue q(store->database());
            if (auto me = q.me(); me.ok()) {
                m_supervisor = me.value().roles.contains(Role::Supervisor);
                //! The same rules as ActionQueue::allowed, at the workspace's "now" (pinned by tests).
                for (ActionKind k : Workflow::allowed(*m_dossier, me.value(), m_workspace->now()))
                    m_allowed << toWire(k);
            }
        }
    }
    Q_EMIT changed();
    refreshOutbox();
}

bool ActionController::late() const
{
    return m_dossier && m_workspace && m_dossier->isLate(m_workspace->now());
}

bool ActionController::apologyAwaitingSignature() const
{
    if (!m_dossier)
        return false;
    return std::any_of(m_dossier->components.cbegin(), m_dossier->components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Apology && !c.isSigned; });
}

bool ActionController::atReception() const
{
    return m_dossier && m_dossier->state == DossierState::Received;
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
    if (m_outboxState == QLatin1String("pending") || m_outboxState == QLatin1String("sending"))
        return tr("Waiting to be sent to the centre.");
    if (m_outboxState == QLatin1String("done"))
        return tr("Sent to the centre.");
    if (m_outboxState == QLatin1String("failed"))
        return tr("Refused by the centre: %1").arg(m_outboxError);
    if (m_outboxState == QLatin1String("conflict"))
        return tr("Conflict: another official acted first (%1).").arg(m_outboxError);
    return {};
}

QString ActionController::actionName(const QString &kind) const
{
    const auto k = actionKindFromWire(kind);
    return k ? displayName(*k) : kind;
}

void ActionController::clearErrors()
{
    m_fieldErrors.clear();
    m_error.clear();
    Q_EMIT errorsChanged();
}

void ActionController::refreshOutbox()
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || m_outboxId == 0)
        return;
    auto entry = store->outbox().get(m_outboxId);
    if (!entry.ok() || !entry.value())
        return;
    const QString state = toWire(entry.value()->state);
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
        m_fieldErrors.insert(field, e.userMessage());
    } else if (!e.path.isEmpty() && !e.path.contains(QLatin1Char('.'))) {
        m_fieldErrors.insert(e.path, e.userMessage());
    } else {
        m_error = e.userMessage();
    }
    Q_EMIT errorsChanged();
    return false;
}

bool ActionController::queue(const QString &kind, QJsonObject payload)
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    const auto k = actionKindFromWire(kind);
    if (!store || !m_dossier || !k)
        return fail(
            Error::make(Error::Kind::NotFound, QStringLiteral("app.no_dossier"),
                        QT_TRANSLATE_NOOP("motcua::Error", "This dossier is not in the local cache.")));
    for (auto it = payload.begin(); it != payload.end();) {
        if (it.value().isString() && it.value().toString().trimmed().isEmpty()
            && it.key() != QLatin1String("reason") && it.key() != QLatin1String("to_agency"))
            it = payload.erase(it);
        else
            ++it;
    }
    ActionQueue q(store->database());
    auto id = q.queue(*m_dossier, *k, payload, m_workspace->now());
    if (!id)
        return fail(id.error());
    m_outboxId = id.value();
    m_outboxState.clear();
    m_workspace->notifyCacheChanged();
    SyncController::instance()->syncNow();
    refreshOutbox();
    Q_EMIT queued(kind);
    return true;
}

std::optional<QJsonObject> ActionController::pdfComponent(const QString &file, ComponentKind kind,
                                                          bool isSigned)
{
    auto c = importPdfFile(m_workspace->store()->blobs(), localPath(file), kind, isSigned);
    if (!c) {
        fail(c.error());
        return std::nullopt;
    }
    return json::toJson(*c);
}

bool ActionController::forward(const QString &toAgency, const QString &note, int stepDays,
                               const QStringList &attachmentFiles)
{
    clearErrors();
    QJsonObject p {{QStringLiteral("to_agency"), toAgency}, {QStringLiteral("note"), note}};
    if (stepDays > 0)
        p.insert(QStringLiteral("step_days"), stepDays);
    QJsonArray attachments;
    for (const QString &f : attachmentFiles) {
        auto c = pdfComponent(f, ComponentKind::Input, false);
        if (!c) {
            m_fieldErrors.insert(QStringLiteral("attachments"), m_error);
            m_error.clear();
            Q_EMIT errorsChanged();
            return false;
        }
        attachments.append(*c);
    }
    if (!attachments.isEmpty())
        p.insert(QStringLiteral("attachments"), attachments);
    return queue(QStringLiteral("forward"), p);
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
    return queue(QStringLiteral("request_supplement"),
                 {{QStringLiteral("reason"), supplementReason(missing, incorrect, text)}});
}

bool ActionController::receiveSupplement(const QStringList &files, const QString &note)
{
    clearErrors();
    QJsonArray comps;
    for (const QString &f : files) {
        auto c = pdfComponent(f, ComponentKind::Input, false);
        if (!c) {
            m_fieldErrors.insert(QStringLiteral("components"), m_error);
            m_error.clear();
            Q_EMIT errorsChanged();
            return false;
        }
        comps.append(*c);
    }
    QJsonObject p {{QStringLiteral("note"), note}};
    if (!comps.isEmpty())
        p.insert(QStringLiteral("components"), comps);
    return queue(QStringLiteral("receive_supplement"), p);
}

bool ActionController::submitForApproval(const QString &draftFile, const QString &note)
{
    clearErrors();
    QJsonObject p {{QStringLiteral("note"), note}};
    if (!draftFile.trimmed().isEmpty()) {
        auto c = pdfComponent(draftFile, ComponentKind::Result, false);
        if (!c) {
            m_fieldErrors.insert(QStringLiteral("component"), m_error);
            m_error.clear();
            Q_EMIT errorsChanged();
            return false;
        }
        p.insert(QStringLiteral("component"), *c);
    }
    return queue(QStringLiteral("submit_for_approval"), p);
}

bool ActionController::approve(const QString &note)
{
    clearErrors();
    return queue(QStringLiteral("approve"), {{QStringLiteral("note"), note}});
}

bool ActionController::returnForRework(const QString &reason)
{
    clearErrors();
    return queue(QStringLiteral("return_for_rework"), {{QStringLiteral("reason"), reason.trimmed()}});
}

bool ActionController::reject(const QString &reason)
{
    clearErrors();
    return queue(QStringLiteral("reject"), {{QStringLiteral("reason"), reason.trimmed()}});
}

bool ActionController::withdraw(const QString &reason)
{
    clearErrors();
    //! Optional for the Workflow, but the desk records why the applicant withdrew.
    if (reason.trimmed().isEmpty())
        return fail(Error::make(Error::Kind::Invalid, QStringLiteral("workflow.reason_required"),
                                QT_TRANSLATE_NOOP("motcua::Error", "A reason is required."), {},
                                QStringLiteral("payload.reason")));
    return queue(QStringLiteral("withdraw"), {{QStringLiteral("reason"), reason.trimmed()}});
}

bool ActionController::returnResult(const QString &note)
{
    clearErrors();
    return queue(QStringLiteral("return_result"), {{QStringLiteral("note"), note}});
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

bool ActionController::issueApology(const QString &newDate, const QString &reason)
{
    clearErrors();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || !m_dossier)
        return queue(QStringLiteral("issue_apology"), {});
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
    return queue(QStringLiteral("issue_apology"),
                 {{QStringLiteral("component"), json::toJson(c)}, {QStringLiteral("extra_days"), extraDays}});
}

bool ActionController::signApology(const QString &secret)
{
    clearErrors();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || !m_dossier)
        return queue(QStringLiteral("issue_apology"), {});
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
    const signing::SignerSpec spec = SignerSettings::spec();
    QByteArray pin = secret.toUtf8();
    auto signer = signing::openSigner(spec, [&pin] { return pin; });
    pin.fill('\0');
    if (!signer) {
        Error e = signer.error();
        //! A wrong or locked PIN shows under the PIN field; anything else (no key configured) above.
        if (e.kind == Error::Kind::Unauthorized)
            e.path = QStringLiteral("pin");
        return fail(e);
    }
    signing::SignOptions options;
    options.reason = QStringLiteral("Phê duyệt thư xin lỗi");
    options.signingTime = m_workspace->now();
    auto signedPdf = signing::PdfSigner::sign(bytes.value(), *signer.value(), options);
    if (!signedPdf)
        return fail(signedPdf.error());
    Component c = *it; //!< same id: the signed copy replaces the desk's letter
    const Component signedCopy = motcua::pdfComponent(signedPdf.value(), c.name, c.kind, true);
    c.sha256 = signedCopy.sha256;
    c.size = signedCopy.size;
    c.isSigned = true;
    if (Status s = store->blobs().put(c.sha256, signedPdf.value()); !s)
        return fail(s.error());
    return queue(QStringLiteral("issue_apology"), {{QStringLiteral("component"), json::toJson(c)}});
}
