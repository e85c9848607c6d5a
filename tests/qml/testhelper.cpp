// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelper.h"

#include "appcontroller.h"
#include "cachefixture.h"
#include "core/role.h"
#include "net/tlspins.h"
#include "sessioncontroller.h"
#include "synccontroller.h"
#include "workspace.h"

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
    s->setIdleIntervalForTest(0);
    if (s->signedIn())
        s->signOut();
    s->setRememberUser(true);
    s->setSignedIn(false);
    s->setErrorText({});
    s->setServerUrl({});
    s->setUsername({});
    SyncController *c = SyncController::instance();
    c->setOnline(false);
    c->setOutboxCounts(0, 0, 0);
    c->setProgress(SyncController::Phase::Idle, 0, 0);
    c->setLastSyncAt({});
    c->setLastError({});
    c->setNow({});
}

void TestHelper::setSignedIn(bool signedIn, const QString &name, const QString &agency)
{
    SessionController::instance()->setSignedIn(signedIn, name, agency);
}

void TestHelper::setIdleLockMs(int ms)
{
    SessionController::instance()->setIdleIntervalForTest(ms);
}

void TestHelper::setLastError(const QString &message)
{
    SyncController::instance()->setLastError(message);
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

bool TestHelper::setRoles(const QStringList &roles)
{
    motcua::LocalStore *store = Workspace::instance() ? Workspace::instance()->store() : nullptr;
    if (!store)
        return false;
    auto me = store->syncState().me();
    if (!me.ok() || !me.value())
        return false;
    motcua::json::Me m = *me.value();
    m.official.roles.clear();
    for (const QString &r : roles) {
        if (auto role = motcua::roleFromWire(r))
            m.official.roles << *role;
    }
    const bool ok = store->syncState().setMe(m).ok();
    Workspace::instance()->notifyCacheChanged();
    return ok;
}

bool TestHelper::addActionFixtures(bool remove)
{
    using motcua::Agency;
    motcua::LocalStore *store = Workspace::instance() ? Workspace::instance()->store() : nullptr;
    if (!store)
        return false;
    const QString province = QStringLiteral("000.00.00.H19");
    QList<Agency> agencies {{cachefixture::kAgency,
                             QStringLiteral("Sở Tư pháp tỉnh Quảng Nam"),
                             province,
                             QStringLiteral("department"),
                             {}},
                            {cachefixture::kOtherAgency,
                             QStringLiteral("UBND xã Điện Phước"),
                             province,
                             QStringLiteral("commune"),
                             {}}};
    if (!remove) {
        agencies << Agency {province,
                            QStringLiteral("Ủy ban nhân dân tỉnh Quảng Nam"),
                            {},
                            QStringLiteral("province"),
                            {}}
                 << Agency {QStringLiteral("000.00.05.H19"),
                            QStringLiteral("Sở Xây dựng"),
                            province,
                            QStringLiteral("department"),
                            {}}
                 << Agency {QStringLiteral("000.00.06.H19"),
                            QStringLiteral("Sở Tài nguyên và Môi trường"),
                            province,
                            QStringLiteral("department"),
                            {}}
                 << Agency {QStringLiteral("000.00.07.H19"),
                            QStringLiteral("Sở Lao động - Thương binh và Xã hội"),
                            province,
                            QStringLiteral("department"),
                            {}}
                 << Agency {QStringLiteral("000.00.20.H19"),
                            QStringLiteral("Công an tỉnh Quảng Nam"),
                            province,
                            QStringLiteral("police"),
                            {}}
                 << Agency {QStringLiteral("000.00.13.H19"),
                            QStringLiteral("UBND phường Hội An Đông"),
                            province,
                            QStringLiteral("commune"),
                            {}}
                 << Agency {QStringLiteral("000.00.14.H19"),
                            QStringLiteral("UBND xã Điện Bàn Bắc"),
                            province,
                            QStringLiteral("commune"),
                            {}};
    }
    if (!store->reference().replaceAgencies(agencies).ok())
        return false;
    motcua::Dossier late;
    late.id = QStringLiteral("d-late");
    late.version = remove ? 100 : 1;
    if (remove) {
        late.deleted = true;
    } else {
        late = cachefixture::dossier(99, QStringLiteral("Võ Thị Thuỷ"), QStringLiteral("1.001193"),
                                     motcua::DossierState::ResultIssued, -2);
        late.id = QStringLiteral("d-late");
        late.finishedAt = cachefixture::now().addDays(-1);
        late.components[0].kind = motcua::ComponentKind::Result;
        late.components[0].isSigned = true;
        late.components[0].name = QStringLiteral("Kết quả");
    }
    const bool ok
        = store->dossiers().applyChangesPage({late}, QStringLiteral("qml-late-%1").arg(remove)).ok();
    Workspace::instance()->notifyCacheChanged();
    return ok;
}

void TestHelper::setTlsPins(const QVariantMap &pins)
{
    motcua::net::PinMap map;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        map.insert(it.key(), it.value().toStringList());
    motcua::net::setPins(map);
}

QString TestHelper::screenshotDir() const
{
    return qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
}
