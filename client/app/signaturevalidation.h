// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/signaturereport.h"

#include <QAbstractListModel>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>

//! Validation reports of documents by SHA-256: each document is validated once
//! (PdfSignatureValidator against the Settings trust store) on worker threads,
//! never the GUI thread, each within a time limit so that one hostile or huge
//! document cannot hold back the badges of the others; changing the trust store
//! starts over. The `signed` flag from the server is never trusted for what the
//! badges say.
class SignatureValidationCache : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        bool done = false;
        bool failed = false; //!< the file could not be read or parsed as a PDF
        QString error;
        QString errorCode; //!< Error::code (pdf.too_complex, pdf.structure…) when failed
        motcua::signing::ValidationReport report;
    };
    static SignatureValidationCache *instance();
    //! The entry, or nullptr when never requested.
    [[nodiscard]] const Entry *find(const QString &sha256) const;
    //! Starts validating `filePath` unless `sha256` is known or running.
    void request(const QString &sha256, const QString &filePath);
    //! Forgets every report (the trust store changed).
    void clear();
    //! Waits for running validations (tests, shutdown).
    void waitForDone();
    //! Time limit of one document's validation in milliseconds (default 20 s);
    //! beyond it the badge says "too complex to check".
    void setTimeLimit(qint64 ms) { m_timeLimitMs = ms; }
    [[nodiscard]] qint64 timeLimit() const { return m_timeLimitMs; }

Q_SIGNALS:
    void updated(const QString &sha256);

private:
    explicit SignatureValidationCache(QObject *parent);
    QHash<QString, Entry> m_entries;
    QThreadPool m_pool;
    int m_generation = 0;
    qint64 m_timeLimitMs = 20'000;
};

//! One document's signature state for a badge: status is "" (no document),
//! "pending", "valid", "invalid", "modified", "untrusted", "revocation_unknown"
//! (whether a certificate was revoked could not be learnt), "unsigned",
//! "too_complex" (over a limit of size, nesting or time), "malformed" (a damaged
//! PDF) or "error" (the file cannot be read). `text` also says permitted changes
//! made after signing ("valid, 2 annotations added after signing on page 3").
class SignatureBadge : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sha256 READ sha256 WRITE setSha256 NOTIFY sourceChanged)
    Q_PROPERTY(QString filePath READ filePath WRITE setFilePath NOTIFY sourceChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString text READ text NOTIFY statusChanged)
    Q_PROPERTY(QString icon READ icon NOTIFY statusChanged)
public:
    explicit SignatureBadge(QObject *parent = nullptr);
    [[nodiscard]] QString sha256() const { return m_sha; }
    void setSha256(const QString &sha);
    [[nodiscard]] QString filePath() const { return m_path; }
    void setFilePath(const QString &path);
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString icon() const;
    //! The translated text of a status id.
    [[nodiscard]] static QString statusText(const QString &status);
    //! The status text with the notice of permitted later changes, if any.
    [[nodiscard]] static QString textOf(const SignatureValidationCache::Entry *entry);
    //! The status id of a cache entry.
    [[nodiscard]] static QString statusOf(const SignatureValidationCache::Entry *entry);
Q_SIGNALS:
    void sourceChanged();
    void statusChanged();

private:
    void start();
    QString m_sha;
    QString m_path;
};

//! The details panel: one row per signature of a document (in the spirit of
//! EU DSS's simple and detailed reports).
class SignatureReportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sha256 READ sha256 WRITE setSha256 NOTIFY sourceChanged)
    Q_PROPERTY(QString filePath READ filePath WRITE setFilePath NOTIFY sourceChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY reportChanged)
    Q_PROPERTY(QString status READ status NOTIFY reportChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY reportChanged)
    Q_PROPERTY(QString error READ error NOTIFY reportChanged)
    Q_PROPERTY(int count READ count NOTIFY reportChanged)
public:
    //! QML names: fieldName, signer, issuer, signingTime, timestamp, validationTime,
    //! verdict (id), verdictText, checks (list of {label, ok}), laterChanges (the permitted
    //! changes in words), laterChangesDetail (the revision analysis's technical text), problems,
    //! subFilter, level (PAdES B-B…B-LTA), revocation (text).
    enum Role {
        FieldNameRole = Qt::UserRole + 1,
        SignerRole,
        IssuerRole,
        SigningTimeRole,
        TimestampRole,
        ValidationTimeRole,
        VerdictRole,
        VerdictTextRole,
        ChecksRole,
        LaterChangesRole,
        ProblemsRole,
        SubFilterRole,
        LevelRole,
        RevocationRole,
        LaterChangesDetailRole,
    };
    Q_ENUM(Role)
    explicit SignatureReportModel(QObject *parent = nullptr);
    [[nodiscard]] QString sha256() const { return m_sha; }
    void setSha256(const QString &sha);
    [[nodiscard]] QString filePath() const { return m_path; }
    void setFilePath(const QString &path);
    [[nodiscard]] bool loading() const { return status() == QLatin1String("pending"); }
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString statusText() const { return SignatureBadge::statusText(status()); }
    [[nodiscard]] QString error() const;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void sourceChanged();
    void reportChanged();

private:
    void refresh();
    [[nodiscard]] static QString revocationText(const motcua::signing::SignatureReport &r);
    QString m_sha;
    QString m_path;
    QList<motcua::signing::SignatureReport> m_rows;
};
