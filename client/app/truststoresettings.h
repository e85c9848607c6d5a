// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

//! The Settings trust store for validating incoming signatures: the folder
//! (QSettings "signing/trust_dir", default `<profile>/trust`: see
//! SignerSettings::trustDirectory()), its certificates, adding one certificate
//! or a province bundle. Split from SignerSettings, which chooses our own key.
class TrustStoreSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString trustDir READ trustDir WRITE setTrustDir NOTIFY changed)
    //! [{subject, issuer, validity, file}] of the trust store.
    Q_PROPERTY(QVariantList trusted READ trusted NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit TrustStoreSettings(QObject *parent = nullptr);
    ~TrustStoreSettings() override;

    [[nodiscard]] QString trustDir() const;
    void setTrustDir(const QString &path);
    [[nodiscard]] QVariantList trusted() const;
    [[nodiscard]] QString error() const { return m_error; }

    //! Copies a PEM/DER certificate (a path or file:// URL) into the trust store.
    //! Returns false and sets `error` when it is not a certificate.
    Q_INVOKABLE bool addTrustedCertificate(const QString &fileOrUrl);
    //! Imports a province-supplied bundle (PEM: the national root CA and the
    //! licensed CAs under it) into the trust store, all or nothing. Returns
    //! the number of certificates added, or -1 and sets `error`.
    Q_INVOKABLE int importTrustBundle(const QString &fileOrUrl);

Q_SIGNALS:
    void changed();
    void errorChanged();

private:
    static void announce();
    void setError(const QString &error);

    QString m_error;
};
