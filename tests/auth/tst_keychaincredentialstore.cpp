// SPDX-License-Identifier: GPL-3.0-or-later
//! The refresh token's home: the real OS keychain (gnome-keyring in ./dev.sh test).
#include "auth/keychaincredentialstore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace motcua;

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const QString service
            = QStringLiteral("motcua-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainCredentialStore store(service);
        const QString key = QStringLiteral("refresh-token/chuyenvien1@http://127.0.0.1:1");
        const QByteArray secret("r3fr3sh-\xc4\x91-token", 16);

        auto missing = store.read(key);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(missing.error().code, QStringLiteral("auth.secret_missing"));

        QVERIFY(store.write(key, secret).ok());
        auto got = store.read(key);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().toString()));
        QCOMPARE(*got, secret);

        // A second store object (another process in real life) sees the same secret.
        KeychainCredentialStore other(service);
        QCOMPARE(other.read(key).valueOr({}), secret);

        // Rotation replaces, never duplicates.
        QVERIFY(store.write(key, "rotated").ok());
        QCOMPARE(other.read(key).valueOr({}), QByteArray("rotated"));

        // Keys of other profiles are independent.
        QVERIFY(store.write(key + QStringLiteral("x"), "other").ok());
        QCOMPARE(store.read(key).valueOr({}), QByteArray("rotated"));

        QVERIFY(store.remove(key).ok());
        QVERIFY(store.remove(key).ok()); // idempotent
        QCOMPARE(store.read(key).error().kind, Error::Kind::NotFound);
        QVERIFY(store.remove(key + QStringLiteral("x")).ok());
    }

    void secretIsInTheOsKeychain()
    {
        //! Checked with an independent client (secret-tool from libsecret-tools) when present.
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty())
            QFAIL("secret-tool (libsecret-tools) is needed for this check");
        const QString service
            = QStringLiteral("motcua-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainCredentialStore store(service);
        QVERIFY(store.write(QStringLiteral("k1"), "visible-secret").ok());
        QProcess p;
        p.start(tool,
                {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"),
                 QStringLiteral("k1")});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray out = p.readAllStandardOutput();
        //! QtKeychain stores binary secrets base64-encoded in libsecret.
        QVERIFY2(QByteArray::fromBase64(out.trimmed()) == "visible-secret", out.constData());
        QVERIFY(store.remove(QStringLiteral("k1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
