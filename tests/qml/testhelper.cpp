// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelper.h"

#include "appcontroller.h"
#include "sessioncontroller.h"
#include "synccontroller.h"

#include <QDateTime>

void TestHelper::reset()
{
    if (!m_connected) {
        connect(SyncController::instance(), &SyncController::syncRequested, this,
                [this] { ++m_syncRequests; });
        m_connected = true;
    }
    m_syncRequests = 0;
    AppController::instance()->setLanguage(QStringLiteral("vi"));
    SessionController *s = SessionController::instance();
    s->setSignedIn(false);
    s->setErrorText({});
    s->setServerUrl({});
    s->setUsername({});
    SyncController *c = SyncController::instance();
    c->setOnline(false);
    c->setOutboxCounts(0, 0, 0);
    c->setProgress(SyncController::Phase::Idle, 0, 0);
    c->setLastSyncAt({});
    c->setNow({});
}

void TestHelper::setSignedIn(bool signedIn, const QString &name, const QString &agency)
{
    SessionController::instance()->setSignedIn(signedIn, name, agency);
}

void TestHelper::setOnline(bool online)
{
    SyncController::instance()->setOnline(online);
}

void TestHelper::setOutbox(int pending, int failed, int conflicts)
{
    SyncController::instance()->setOutboxCounts(pending, failed, conflicts);
}

void TestHelper::setLastSyncMinutesAgo(int minutes)
{
    SyncController::instance()->setLastSyncAt(QDateTime::currentDateTimeUtc().addSecs(-60 * minutes));
}

void TestHelper::setPulling(int done, int total)
{
    SyncController::instance()->setProgress(SyncController::Phase::Pulling, done, total);
}
