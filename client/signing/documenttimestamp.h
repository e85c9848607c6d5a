// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <openssl/types.h>

namespace motcua::signing {

class TsaClient;

//! PAdES B-LTA: a document time stamp (/Type /DocTimeStamp, /SubFilter
//! /ETSI.RFC3161) whose /Contents is an RFC 3161 token over the bytes of the
//! whole document before it, DSS included; renewed before the TSA's
//! certificate or its algorithms weaken, it keeps the evidence verifiable.
class DocumentTimestamp
{
public:
    //! `pdf` followed by an incremental update with a document time stamp
    //! (an invisible signature field on page 1). Errors: the TSA's, and
    //! "signing.contents_overflow" when the token is larger than the room kept.
    [[nodiscard]] static Result<QByteArray> append(const QByteArray &pdf, TsaClient &tsa);

    struct Verification
    {
        bool valid = false;
        QDateTime time; //!< genTime
        QString tsaSubject;
        QString problem; //!< English, when not valid
    };
    //! Verifies a TimeStampToken (DER ContentInfo) over `signedBytes`, its TSA
    //! chained to `store`.
    [[nodiscard]] static Verification verify(const QByteArray &token, const QByteArray &signedBytes,
                                             X509_STORE *store);
};

} // namespace motcua::signing
