// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/signerspec.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

Q_DECLARE_METATYPE(motcua::signing::SignerSpec)

namespace motcua {
class LocalStore;
namespace batch {
class BatchRunner;
}
} // namespace motcua

//! The batch screen's signing thread: opens its own connection to the profile's
//! cache, opens the signer once (one PIN entry, one token login), signs and
//! queues the job's items with BatchRunner. No network but the time-stamp
//! service; the sync worker pushes (time-stamping offline signatures first).
class BatchWorker : public QObject
{
    Q_OBJECT
public:
    explicit BatchWorker(QString profileDir, QObject *parent = nullptr);
    ~BatchWorker() override;

    //! Thread-safe: the running batch stops after its current item.
    void cancel();

public Q_SLOTS:
    //! Creates a job for `dossierIds` (empty: resumes the open job) and runs it.
    void run(const QStringList &dossierIds, const motcua::signing::SignerSpec &spec, const QByteArray &pin,
             const QUrl &tsaUrl, bool online);
    //! Puts a failed item back into the open job.
    void retry(const QString &dossierId);

Q_SIGNALS:
    void itemChanged(const QString &dossierId, const QString &state, const QString &error);
    void jobStarted(qint64 jobId, int total);
    void finished(bool ok, bool cancelled, const QString &message);

private:
    QString m_profileDir;
    std::unique_ptr<motcua::LocalStore> m_store;
    QMutex m_mutex;
    motcua::batch::BatchRunner *m_runner = nullptr;
    bool m_cancelRequested = false;
};
