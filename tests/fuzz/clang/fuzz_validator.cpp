// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole signature validator (byte ranges, CMS, revisions).
#include "signing/pdfsignaturevalidator.h"

#include <cstdint>

using namespace motcua::signing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static PdfSignatureValidator *validator = [] {
        auto *v = new PdfSignatureValidator;
        v->setTimeLimit(2000);
        //! A fuzzed certificate's OCSP/CRL addresses are never fetched.
        RevocationOptions offline;
        offline.online = false;
        v->setRevocationOptions(offline);
        return v;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto report = validator->validate(bytes);
    if (report)
        (void)report->toJson();
    return 0;
}
