// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QNetworkReply;
class QSslCertificate;

namespace motcua::net {

//! Optional certificate pinning set by the province (issue 19): for a host, the
//! SHA-256 of the SubjectPublicKeyInfo of a certificate its chain must contain
//! (the server's own key, a backup key, or the CA's). Pins come on top of the
//! normal certificate verification, never instead of it.
//!
//! Where the province sets them: the system-wide settings of "MotCua/motcua-desk"
//! (HKLM\Software\MotCua\motcua-desk on Windows, deployed by group policy or the
//! installer; /etc/xdg/MotCua/motcua-desk.conf on Linux), group `tls_pins`, one
//! key per host, the value a list of "sha256/<base64>":
//! \code
//! [tls_pins]
//! motcua.example.gov.vn=sha256/AbC...=, sha256/XyZ...=
//! \endcode
//! Why there and not in GET /me: a pin delivered over the connection it protects
//! is trust on first use, and the first connection carries the password; the
//! system settings are there before it, only an administrator writes them, and
//! the desk app, `motcua` and `motcua-sign` read the same place (one rule for every
//! program, also for a time-stamp service over https).
using PinMap = QMap<QString, QStringList>; //!< lower-case host -> base64 SHA-256 hashes

//! base64 of the SHA-256 of the certificate's DER SubjectPublicKeyInfo (what
//! `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`
//! prints); empty for a null certificate.
[[nodiscard]] QByteArray spkiSha256(const QSslCertificate &cert);

//! "sha256/<base64>" or "<base64>" to the base64 (empty when it is not a SHA-256 hash).
[[nodiscard]] QString normalizePin(const QString &text);

//! The pins in force: read once from the system settings (reload() reads them again).
[[nodiscard]] PinMap pins();
[[nodiscard]] QStringList pinsForHost(const QString &host);
//! Replaces the pins of this process (tests; a reload() returns to the settings).
void setPins(const PinMap &pins);
void reload();

//! The pins of one settings file's `tls_pins` group (for tests and Settings).
[[nodiscard]] PinMap readPins(const QString &iniFile);

//! Ok when \a host has no pins, else when a certificate of \a chain has a pinned
//! key; otherwise the error "transport.pin_mismatch".
[[nodiscard]] Status checkChain(const QString &host, const QList<QSslCertificate> &chain);

//! Applies the pins to \a reply: when its TLS handshake ends (before the request
//! is sent, QNetworkReply::encrypted), a chain without a pinned key aborts it.
//! Call right after creating the reply, then replyStatus() once it finished.
void guardReply(QNetworkReply *reply);
//! The pin refusal of a finished reply guarded by guardReply(); the chain of a
//! reused connection is checked again here. Ok when nothing was refused.
[[nodiscard]] Status replyStatus(QNetworkReply *reply);

} // namespace motcua::net
