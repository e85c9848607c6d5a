// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

//! Test material made by the test itself with the openssl CLI and SoftHSM2:
//! a test CA, a signing certificate (+ PKCS#12), a second "rogue" CA with its
//! own signer, a TSA certificate, and a SoftHSM2 token holding the signing key.
class SigningFixture
{
public:
    bool setUp();

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString caPem() const { return path(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString p12() const { return path(QStringLiteral("leaf.p12")); }
    [[nodiscard]] QString rogueP12() const { return path(QStringLiteral("rogue.p12")); }
    [[nodiscard]] QByteArray p12Password() const { return "secret"; }
    [[nodiscard]] QString softhsmModule() const;
    [[nodiscard]] QProcessEnvironment env() const;
    [[nodiscard]] QByteArray tokenPin() const { return "1234"; }
    [[nodiscard]] QString tokenLabel() const { return QStringLiteral("motcua-test"); }

    //! Creates a SoftHSM2 token (in this fixture's directory) holding the leaf key and certificate.
    bool initToken();
    //! Adds an EC P-256 key generated on the token with CKA_ALWAYS_AUTHENTICATE
    //! (label "always", id 02) and its certificate from the test CA.
    bool addAlwaysAuthenticateKey();

    //! Runs a program; returns stdout+stderr; exitCode receives its exit code.
    static QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                          const QByteArray &input = {});

    //! A PDF made by QPdfWriter with `pages` pages of text.
    static QByteArray makePdf(int pages, const QString &text);
    static QByteArray readFile(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &data);

    //! Extracts the CMS of signature `index` (0-based) and the signed bytes.
    static bool extract(const QByteArray &pdf, int index, QByteArray *cms, QByteArray *signedBytes);

private:
    bool makeCert(const QString &name, const QString &subject, const QString &issuer, const QString &ext);
    QTemporaryDir m_dir;
};
