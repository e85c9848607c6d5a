// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua receive --procedure CODE --applicant-id N --component CODE=FILE[,FILE...]...
//! [--channel in_person|online|postal] [--print DIR] [--offline]`: reception at the
//! desk for scripted intake. Scans are assembled into one PDF per component and signed
//! as digitized copies when a key is given; the dossier takes its final code from the
//! desk's reserved block, the slip is printed, and the dossier goes up on the next push.
#include "commands.h"
#include "core/json.h"
#include "core/reception.h"
#include "core/secrets.h"
#include "digitize/digitizedcopy.h"
#include "letters/receptionslips.h"
#include "signing/signerspec.h"
#include "store/receptionrepository.h"
#include "store/referencerepository.h"
#include "sync/receptiondesk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>
#include <iostream>
#include <optional>

namespace motcua::cli {

namespace {

//! One component from CODE=FILE[,FILE...]: a PDF as it is, or scans assembled (and signed).
Result<Component> componentFrom(CliContext &ctx, const QString &spec, const Procedure &procedure,
                                signing::Signer *signer, const QUrl &tsa, const QString &agencyName)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString code = spec.left(eq).trimmed();
    const QStringList files = spec.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (eq <= 0 || files.isEmpty())
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("cli.component"),
            QT_TRANSLATE_NOOP("motcua::Error", "--component must be CODE=FILE[,FILE...], not %1."), {spec},
            QStringLiteral("component"));
    QString name = code;
    for (const RequiredComponent &r : procedure.requiredComponents)
        if (r.documentCode == code || r.name == code)
            name = r.name;
    QList<digitize::ScanPage> papers;
    for (const QString &file : files)
        papers.append({file.trimmed(), 0});
    auto digitized = digitize::digitizeComponent(papers, name, code, signer, {agencyName, {}, tsa});
    if (!digitized)
        return digitized.error();
    if (Status s = ctx.blobs().put(digitized->component.sha256, digitized->pdf); !s)
        return s.error();
    return digitized->component;
}

} // namespace

int cmdReceive(CliContext &ctx, const QCommandLineParser &args)
{
    const QString procedureCode = args.value(QStringLiteral("procedure"));
    const QString idNumber = args.value(QStringLiteral("applicant-id")).trimmed();
    if (procedureCode.isEmpty() || idNumber.isEmpty())
        return userError(
            tr("usage: motcua receive --procedure CODE --applicant-id N --component CODE=FILE... "
               "[--name NAME] [--channel in_person|online|postal] [--print DIR] [--offline]"),
            "receive");
    ReceptionRequest request;
    const auto channel = channelFromWire(args.value(QStringLiteral("channel")).isEmpty()
                                             ? QStringLiteral("in_person")
                                             : args.value(QStringLiteral("channel")));
    if (!channel)
        return userError(tr("--channel must be in_person, online or postal"), "receive");
    request.channel = *channel;
    request.procedureCode = procedureCode;
    if (Status s = ctx.openSession(); !s)
        return reportError(s.error());
    const bool offline = args.isSet(QStringLiteral("offline"));
    bool online = false;
    if (!offline) {
        //! Online: the directory, a fresh code block and the citizen's verified details.
        Status s = ctx.signIn();
        if (s)
            s = ctx.engine().refreshDirectory();
        if (s)
            s = ReceptionDesk::refill(ctx.api(), ctx.db());
        if (!s && s.error().kind != Error::Kind::Network)
            return reportError(s.error());
        online = s.ok();
    }
    request.applicant.idNumber = idNumber;
    bool verified = false;
    if (online) {
        auto citizen = ReceptionDesk::lookUpCitizen(ctx.api(), idNumber);
        if (citizen) {
            request.applicant = *citizen;
            verified = true;
        } else if (citizen.error().kind != Error::Kind::NotFound) {
            return reportError(citizen.error());
        }
    }
    //! What the official typed wins over the records (the citizen may have moved).
    const QList<QPair<QString, QString *>> typed {{QStringLiteral("name"), &request.applicant.name},
                                                  {QStringLiteral("address"), &request.applicant.address},
                                                  {QStringLiteral("phone"), &request.applicant.phone},
                                                  {QStringLiteral("email"), &request.applicant.email}};
    for (const auto &[option, field] : typed) {
        if (args.isSet(option))
            *field = args.value(option);
    }

    ReferenceRepository ref(ctx.db());
    auto procedure = ref.procedure(procedureCode);
    if (!procedure)
        return reportError(procedure.error());
    if (!*procedure)
        return userError(tr("no procedure %1 in the local catalogue (run motcua sync)").arg(procedureCode),
                         "receive");
    auto desk = ReceptionDesk(ctx.db()).identity();
    if (!desk && desk.error().code == QLatin1String("sync.me_missing"))
        return userError(tr("sign in and synchronize once before receiving offline"), "receive");
    if (!desk)
        return reportError(desk.error());
    const QString agencyName = desk->agencyName;

    std::unique_ptr<signing::Signer> signer;
    if (args.isSet(QStringLiteral("p12")) || args.isSet(QStringLiteral("pkcs11-module"))) {
        signing::SignerSpec spec;
        spec.kind = args.isSet(QStringLiteral("p12")) ? signing::SignerSpec::Kind::Pkcs12
                                                      : signing::SignerSpec::Kind::Pkcs11;
        spec.p12 = args.value(QStringLiteral("p12"));
        spec.module = args.value(QStringLiteral("pkcs11-module"));
        spec.token = args.value(QStringLiteral("token"));
        spec.key = args.value(QStringLiteral("key"));
        auto opened = signing::openSigner(spec, secretFromEnvOrStdin);
        if (!opened)
            return reportError(opened.error());
        signer = std::move(*opened);
    }
    const QUrl tsa = args.isSet(QStringLiteral("tsa")) ? QUrl(args.value(QStringLiteral("tsa"))) : QUrl();
    for (const QString &spec : args.values(QStringLiteral("component"))) {
        auto c = componentFrom(ctx, spec, **procedure, signer.get(), tsa, agencyName);
        if (!c)
            return reportError(c.error());
        request.components.append(*c);
    }
    signer.reset(); // log out of the token before the network

    auto dossier = ReceptionDesk(ctx.db()).receive(request);
    if (!dossier)
        return reportError(dossier.error());
    const QDateTime due = dossier->dueAt.toTimeZone(QTimeZone(7 * 3600));
    QString slipPath;
    if (args.isSet(QStringLiteral("print"))) {
        const QString base = args.isSet(QStringLiteral("lookup-base"))
            ? args.value(QStringLiteral("lookup-base"))
            : ctx.profile().server().toString(QUrl::StripTrailingSlash) + QStringLiteral("/tra-cuu?ma=");
        const letters::SlipParty party = letters::deskParty(desk->parentAgencyName, agencyName,
                                                            desk->officialName, QStringLiteral("/TNHS"));
        auto pdf = letters::renderReceiptSlip(
            letters::receiptFor(*dossier, **procedure, party, letters::lookupAddress(base, dossier->code)));
        if (!pdf)
            return reportError(pdf.error());
        QDir().mkpath(args.value(QStringLiteral("print")));
        slipPath = QDir(args.value(QStringLiteral("print")))
                       .filePath(dossier->code + QStringLiteral("-tiep-nhan.pdf"));
        QSaveFile out(slipPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(*pdf) != pdf->size() || !out.commit())
            return userError(tr("cannot write %1").arg(slipPath), "receive");
    }
    bool sent = false;
    if (!offline && !args.isSet(QStringLiteral("no-push"))) {
        SyncEngine::Report report;
        Status s = ctx.signIn();
        if (s)
            s = ctx.engine().push(report);
        if (!s && s.error().kind != Error::Kind::Network)
            return reportError(s.error());
        auto entries = ReceptionRepository(ctx.db()).list();
        if (entries) {
            for (const ReceptionEntry &e : std::as_const(*entries)) {
                if (e.dossierId == dossier->id)
                    sent = e.state == ReceptionEntry::State::Done;
            }
        }
    }
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o {{QStringLiteral("id"), dossier->id},
                       {QStringLiteral("code"), dossier->code},
                       {QStringLiteral("received_at"), json::timestampToJson(dossier->receivedAt)},
                       {QStringLiteral("due_at"), json::timestampToJson(dossier->dueAt)},
                       {QStringLiteral("channel"), toWire(dossier->service.channel)},
                       {QStringLiteral("applicant_verified"), verified},
                       {QStringLiteral("sent"), sent}};
        if (!slipPath.isEmpty())
            o.insert(QStringLiteral("slip"), slipPath);
        std::cout << QJsonDocument(o).toJson(QJsonDocument::Compact).constData() << std::endl;
        return ExitOk;
    }
    std::cout << qPrintable(
        tr("Received %1, due %2.").arg(dossier->code, due.toString(QStringLiteral("dd/MM/yyyy HH:mm"))))
              << std::endl;
    if (!slipPath.isEmpty())
        std::cout << qPrintable(tr("Slip: %1").arg(slipPath)) << std::endl;
    std::cout << qPrintable(sent ? tr("Sent.")
                                 : tr("Offline: the dossier will be sent by the next motcua sync."))
              << std::endl;
    return ExitOk;
}

} // namespace motcua::cli
