// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchworker.h"

#include "batch/batchrepository.h"
#include "batch/batchrunner.h"
#include "signersettings.h"
#include "signing/signer.h"
#include "store/localstore.h"

#include <QMutexLocker>

using namespace motcua;

namespace {
//! Zeros the bytes themselves: QByteArray is implicitly shared, and fill() on a
//! copy that shares them detaches and leaves the PIN in the other copies.
void wipeInPlace(const QByteArray &bytes)
{
    volatile char *p = const_cast<char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
}
} // namespace
using motcua::batch::BatchRepository;
using motcua::batch::BatchRunner;

BatchWorker::BatchWorker(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
{ }

BatchWorker::~BatchWorker() = default;

void BatchWorker::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelRequested = true;
    if (m_runner)
        m_runner->cancel();
}

void BatchWorker::run(const QStringList &dossierIds, const signing::SignerSpec &spec, const QByteArray &pin,
                      const QUrl &tsaUrl, bool online)
{
    //! A copy of our own, and the queued argument's bytes wiped (issue 19).
    QByteArray secret(pin.constData(), pin.size());
    wipeInPlace(pin);
    auto fail = [&](const Error &e) {
        wipeInPlace(secret);
        Q_EMIT finished(false, e.kind == Error::Kind::Cancelled, e.userMessage());
    };
    if (!m_store) {
        auto store = LocalStore::open(m_profileDir);
        if (!store)
            return fail(store.error());
        m_store = std::move(*store);
    }
    BatchRepository repo(m_store->database());
    auto open = repo.openJob();
    if (!open)
        return fail(open.error());
    qint64 jobId = 0;
    if (!dossierIds.isEmpty()) {
        if (*open) {
            auto c = repo.counts((*open)->id);
            if (!c)
                return fail(c.error());
            if (!c->finished())
                return fail(Error::make(
                    Error::Kind::Invalid, QStringLiteral("batch.job_open"),
                    QT_TRANSLATE_NOOP("motcua::Error",
                                      "An unfinished batch exists: resume it or close it first.")));
            if (Status s = repo.close((*open)->id); !s)
                return fail(s.error());
        }
        QList<Dossier> dossiers;
        for (const QString &id : dossierIds) {
            auto d = m_store->dossiers().get(id);
            if (!d)
                return fail(d.error());
            if (*d)
                dossiers.append(**d);
        }
        const QString signer = spec.kind == signing::SignerSpec::Kind::Pkcs12
            ? QStringLiteral("p12:") + spec.p12
            : QStringLiteral("pkcs11:") + spec.module;
        auto created = repo.create(dossiers, signer, tsaUrl.toString());
        if (!created)
            return fail(created.error());
        jobId = *created;
    } else if (*open) {
        jobId = (*open)->id;
        if (Status s = repo.setTsaUrl(jobId, tsaUrl.toString()); !s)
            return fail(s.error());
    } else {
        return fail(Error::make(Error::Kind::Invalid, QStringLiteral("batch.nothing"),
                                QT_TRANSLATE_NOOP("motcua::Error", "There is no unfinished batch.")));
    }
    auto counts = repo.counts(jobId);
    if (!counts)
        return fail(counts.error());
    Q_EMIT jobStarted(jobId, counts->total);

    BatchRunner runner(m_store->database(), m_store->blobs(), nullptr, nullptr);
    runner.setOnline(online);
    runner.setTsaUrl(tsaUrl);
    runner.setLongTerm(SignerSettings::resultLongTerm(m_profileDir));
    connect(&runner, &BatchRunner::itemChanged, this,
            [this](const QString &id, const QString &, batch::ItemState s, const QString &error) {
                Q_EMIT itemChanged(id, batch::toWire(s), error);
            });
    {
        QMutexLocker lock(&m_mutex);
        m_runner = &runner;
        if (m_cancelRequested)
            runner.cancel();
        m_cancelRequested = false;
    }
    std::unique_ptr<signing::Signer> signer;
    auto needs = runner.needsSigner(jobId);
    Status result = needs ? Status() : Status(needs.error());
    if (result && *needs) {
        //! The PIN is read once here: one C_Login for the whole batch.
        //! A deep copy each time: the signer wipes what it gets.
        auto opened = signing::openSigner(
            spec, [&secret]() { return QByteArray(secret.constData(), secret.size()); });
        if (!opened)
            result = opened.error();
        else
            signer = std::move(*opened);
    }
    wipeInPlace(secret);
    if (result)
        result = runner.signAndQueue(jobId, signer.get());
    signer.reset();
    {
        QMutexLocker lock(&m_mutex);
        m_runner = nullptr;
    }
    if (!result)
        return fail(result.error());
    Q_EMIT finished(true, false, {});
}

void BatchWorker::retry(const QString &dossierId)
{
    //! A retry that cannot happen says why on the batch screen (finished with its message).
    if (!m_store) {
        auto store = LocalStore::open(m_profileDir);
        if (!store) {
            Q_EMIT finished(false, false, store.error().userMessage());
            return;
        }
        m_store = std::move(*store);
    }
    BatchRepository repo(m_store->database());
    auto open = repo.openJob();
    if (!open) {
        Q_EMIT finished(false, false, open.error().userMessage());
        return;
    }
    if (!*open)
        return; // the job was closed meanwhile: nothing to retry
    BatchRunner runner(m_store->database(), m_store->blobs(), nullptr, nullptr);
    connect(&runner, &BatchRunner::itemChanged, this,
            [this](const QString &id, const QString &, batch::ItemState s, const QString &error) {
                Q_EMIT itemChanged(id, batch::toWire(s), error);
            });
    if (Status s = runner.retry((*open)->id, dossierId); !s)
        Q_EMIT finished(false, false, s.error().userMessage());
}
