// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/longterm.h"
#include "signing/signerspec.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <optional>

//! The Settings "Digital signature" section: which key signs (a PKCS#11 token
//! or a PKCS#12 file) and the signature and red seal images of results (the
//! trust store for incoming signatures: TrustStoreSettings). Persisted in QSettings group
//! "signing" (kind, module, token, key, p12, trust_dir, signature_image,
//! seal_image): the contract the sign dialog and the batch screen read.
class SignerSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString module READ module WRITE setModule NOTIFY changed)
    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY changed)
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY changed)
    Q_PROPERTY(QString p12 READ p12 WRITE setP12 NOTIFY changed)
    Q_PROPERTY(QString signatureImage READ signatureImage WRITE setSignatureImage NOTIFY changed)
    Q_PROPERTY(QString sealImage READ sealImage WRITE setSealImage NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(bool complete READ complete NOTIFY changed)
    //! [{vendor, fileNames (text), path (found on this computer or "")}]
    Q_PROPERTY(QVariantList knownModules READ knownModules CONSTANT)
    //! [{label, description}] of the module's tokens (refresh()).
    Q_PROPERTY(QVariantList tokens READ tokens NOTIFY tokensChanged)
    //! [{label, subject, issuer, validity, expired}] on the chosen token (refresh()).
    Q_PROPERTY(QVariantList certificates READ certificates NOTIFY tokensChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    //! True while refresh() lists tokens on a worker thread.
    Q_PROPERTY(bool loading READ loading NOTIFY tokensChanged)

public:
    explicit SignerSettings(QObject *parent = nullptr);
    ~SignerSettings() override;

    //! The key chosen in Settings (what openSigner() opens).
    [[nodiscard]] static motcua::signing::SignerSpec spec();
    //! The trust store folder: the setting, or `<profile>/trust`.
    [[nodiscard]] static QString trustDirectory();
    //! OCSP/CRL answers kept for offline review: `<profile>/revocation`.
    [[nodiscard]] static QString revocationCacheDirectory();
    //! PAdES B-LTA for results (issue 15), for the sign dialog, the batch and the time
    //! stamps added later: validated against the trust folder of `profileDir` (the
    //! setting, or `<profile>/trust`), answers cached in `<profile>/revocation`. None
    //! when the folder is empty (nothing to validate against: results stay B-T).
    //! Reads QSettings and files only: callable from the batch and sync workers.
    [[nodiscard]] static std::optional<motcua::signing::LongTermOptions>
    resultLongTerm(const QString &profileDir);
    [[nodiscard]] static QString signatureImagePath();
    [[nodiscard]] static QString sealImagePath();

    [[nodiscard]] QString kind() const;
    void setKind(const QString &kind);
    [[nodiscard]] QString module() const;
    void setModule(const QString &path);
    [[nodiscard]] QString token() const;
    void setToken(const QString &label);
    [[nodiscard]] QString key() const;
    void setKey(const QString &label);
    [[nodiscard]] QString p12() const;
    void setP12(const QString &path);
    [[nodiscard]] QString signatureImage() const { return signatureImagePath(); }
    void setSignatureImage(const QString &path);
    [[nodiscard]] QString sealImage() const { return sealImagePath(); }
    void setSealImage(const QString &path);
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool complete() const { return spec().isComplete(); }
    [[nodiscard]] QVariantList knownModules() const;
    [[nodiscard]] QVariantList tokens() const { return m_tokens; }
    [[nodiscard]] QVariantList certificates() const { return m_certificates; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool loading() const { return m_loading; }

    //! Loads the module and lists its tokens and the certificates of the chosen
    //! (or first) token on a worker thread (tokensChanged when done). No PIN:
    //! certificates are public objects.
    Q_INVOKABLE void refresh();
    //! A local path from a file:// URL given by a file dialog.
    Q_INVOKABLE static QString localPath(const QString &fileOrUrl);

Q_SIGNALS:
    void changed();
    void tokensChanged();
    void errorChanged();

private:
    struct Listing
    {
        QVariantList tokens;
        QVariantList certificates;
        QString error;
    };
    static Listing list(const motcua::signing::SignerSpec &spec);
    static void announce();
    void write(const char *key, const QString &value);
    void setError(const QString &error);

    QVariantList m_tokens;
    QVariantList m_certificates;
    QString m_error;
    bool m_loading = false;
    int m_generation = 0;
};
