// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuedtimestamps.h"

#include "batchrunner.h"
#include "signing/timestampupgrade.h"
#include "signing/tsaclient.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStamp, "motcua.batch.timestamps")

namespace motcua::batch {

namespace {
//! The errors of a document that cannot take a time stamp after the fact: it goes as it is.
bool cannotTakeTimestamp(const Error &e)
{
    return e.code == QLatin1String("signing.contents_overflow")
        || e.code == QLatin1String("signing.no_signature")
        || e.code == QLatin1String("signing.not_last_revision");
}
} // namespace

Result<std::optional<StampedResult>>
stampQueuedResult(Database &db, BlobStore &blobs, qint64 outboxId, const QUrl &tsaUrl,
                  const std::optional<signing::LongTermOptions> &longTerm,
                  const std::function<Status(const StampedResult &)> &alsoRecord)
{
    OutboxRepository outbox(db);
    auto entry = outbox.get(outboxId);
    if (!entry)
        return entry.error();
    //! Only a sign_result not yet handed to the network may change its document.
    if (!*entry || (*entry)->state != OutboxState::Pending)
        return std::optional<StampedResult>();
    if (!(*entry)->typed || !(*entry)->typed->payload.component())
        return (*entry)->typeError.value_or(Error::make(
            Error::Kind::Internal, QStringLiteral("batch.not_sign_result"),
            QT_TRANSLATE_NOOP("motcua::Error", "The batch's queued action is not a signed result.")));
    ActionPayload payload = (*entry)->typed->payload;
    Component &component = *payload.component();
    auto pdf = blobs.read(component.sha256);
    if (!pdf)
        return pdf.error();
    auto has = signing::TimestampUpgrade::hasTimestamp(*pdf);
    if (!has)
        return has.error();
    if (*has)
        return std::optional<StampedResult>();
    signing::TsaClient tsa(tsaUrl);
    //! The time stamp, then the DSS (B-LT/B-LTA) when the responders answer, as online.
    auto upgraded = signing::completeTimestamp(*pdf, tsa, longTerm);
    if (!upgraded)
        return upgraded.error();
    if (upgraded->longTermError)
        qCInfo(lcStamp) << "outbox" << outboxId << "stays B-T:" << upgraded->longTermError->toString();
    const StampedResult stamped {
        QString::fromLatin1(QCryptographicHash::hash(upgraded->pdf, QCryptographicHash::Sha256).toHex()),
        upgraded->pdf.size()};
    if (Status s = blobs.put(stamped.sha256, upgraded->pdf); !s)
        return s.error();
    const QString componentId = component.id;
    component.sha256 = stamped.sha256;
    component.size = stamped.size;
    Status s = db.write([&]() -> Status {
        if (Status e = outbox.replacePendingPayload(outboxId, payload); !e)
            return e;
        //! The optimistic local dossier shows the stamped document too.
        DossierRepository dossiers(db);
        auto d = dossiers.get((*entry)->action.dossierId);
        if (!d)
            return d.error();
        if (*d) {
            Dossier local = **d;
            for (Component &c : local.components) {
                if (c.id == componentId) {
                    c.sha256 = stamped.sha256;
                    c.size = stamped.size;
                }
            }
            if (Status e = dossiers.writeLocal(local); !e)
                return e;
        }
        return alsoRecord ? alsoRecord(stamped) : Status();
    });
    //! Sent meanwhile (the stamped blob stays unreferenced): nothing more to do here.
    if (!s && s.error().code == QLatin1String("store.outbox_moved"))
        return std::optional<StampedResult>();
    if (!s)
        return s.error();
    return std::optional<StampedResult>(stamped);
}

Result<int> stampQueuedResults(Database &db, BlobStore &blobs, const QUrl &tsaUrl,
                               const std::optional<signing::LongTermOptions> &longTerm)
{
    auto open = OutboxRepository(db).list();
    if (!open)
        return open.error();
    int count = 0;
    for (const OutboxEntry &entry : std::as_const(*open)) {
        if (entry.state != OutboxState::Pending || entry.action.kind != ActionKind::SignResult)
            continue;
        auto stamped = stampQueuedResult(db, blobs, entry.id, tsaUrl, longTerm);
        if (!stamped && cannotTakeTimestamp(stamped.error())) {
            qCInfo(lcStamp) << "outbox" << entry.id
                            << "goes without a time stamp:" << stamped.error().toString();
            continue;
        }
        if (!stamped)
            return stamped.error();
        count += stamped->has_value() ? 1 : 0;
    }
    return count;
}

std::function<Status()> stampBeforePush(Database &db, BlobStore &blobs, QUrl tsaUrl,
                                        std::function<std::optional<signing::LongTermOptions>()> longTerm)
{
    return [&db, &blobs, tsaUrl = std::move(tsaUrl), longTerm = std::move(longTerm)]() -> Status {
        const std::optional<signing::LongTermOptions> lt = longTerm ? longTerm() : std::nullopt;
        if (Status s = BatchRunner::prepareOpenJobForPush(db, blobs, lt); !s)
            return s;
        if (!tsaUrl.isValid() || tsaUrl.isEmpty())
            return Status();
        auto stamped = stampQueuedResults(db, blobs, tsaUrl, lt);
        return stamped ? Status() : Status(stamped.error());
    };
}

} // namespace motcua::batch
