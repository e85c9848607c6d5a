// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace motcua {

//! The personal fields of the SQLite cache at rest (issue 19), with the profile's
//! key (the one that encrypts the documents, OS keychain):
//! - `seal`: AES-256-GCM of a stored JSON text (a dossier, its server copy, a
//!   history step, an annotation, an outbox payload): "MCF1" | 12-byte random
//!   nonce | ciphertext | 16-byte tag, stored as a BLOB.
//! - `token`: the search index holds no word, only a keyed HMAC-SHA256 of each
//!   folded word (and of each of its prefixes, for search as you type),
//!   truncated to 64 bits and written as 13 base-32 letters. A query looks up the
//!   HMAC of the folded words typed, so search needs no plaintext on disk.
//! Sub-keys are derived from the profile key (HMAC with a label), so the cache
//! and the documents never use one key for two purposes.
class FieldCipher
{
public:
    static constexpr char kMagic[] = "MCF1";

    explicit FieldCipher(const QByteArray &profileKey);

    [[nodiscard]] bool isValid() const { return m_sealKey.size() == 32; }

    [[nodiscard]] QByteArray seal(const QByteArray &plain) const;
    //! Errors: "store.field_key" (another key, or tampering).
    [[nodiscard]] Result<QByteArray> open(const QByteArray &sealed) const;
    [[nodiscard]] static bool isSealed(const QByteArray &stored) { return stored.startsWith(kMagic); }

    //! kind 'w' = a whole word, 'p' = a prefix of a word.
    [[nodiscard]] QString token(char kind, QStringView word) const;

    //! Identifies the key without revealing it (stored in the cache: a cache
    //! written with another key is a profile whose key is gone).
    [[nodiscard]] QString keyCheck() const { return m_check; }

private:
    QByteArray m_sealKey;
    QByteArray m_tokenKey;
    QString m_check;
    //! Names and addresses repeat (family names, communes): each word is hashed once.
    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_tokens;
};

namespace fields {

//! What the cache stores for a JSON text: sealed when there is a key, the text itself without one.
[[nodiscard]] QVariant seal(const FieldCipher *cipher, const QString &text);
//! The same for bytes (the applicant's sort key): sealed, or the bytes themselves.
[[nodiscard]] QByteArray sealBytes(const FieldCipher *cipher, const QByteArray &bytes);
//! The text of a stored value: a sealed BLOB opened, a plain text (a cache from
//! before encryption, a profile without a keychain) as it is.
[[nodiscard]] Result<QString> open(const FieldCipher *cipher, const QVariant &stored);

//! The same for a value kept in a text column (sync_state): base64 after "mcf1:".
[[nodiscard]] QString sealText(const FieldCipher *cipher, const QString &text);
[[nodiscard]] Result<QString> openText(const FieldCipher *cipher, const QString &stored);

//! One search token: the keyed HMAC, or without a key the kind letter and the word.
[[nodiscard]] QString token(const FieldCipher *cipher, char kind, QStringView word);
//! The search index's text for a folded field: for every word, its whole-word
//! token and one token per prefix, separated by spaces.
[[nodiscard]] QString indexText(const FieldCipher *cipher, const QString &folded);
//! The token a query's word looks up: the last word is a prefix (search as you type).
[[nodiscard]] QString queryToken(const FieldCipher *cipher, const QString &word, bool last);

//! The value stored under sync_state's kKeyCheckKey: the key check, or "none".
[[nodiscard]] QString keyCheck(const FieldCipher *cipher);
inline const QString kKeyCheckKey = QStringLiteral("fields_key");

} // namespace fields

} // namespace motcua
