// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the modification analysis between every earlier revision
// (each "%%EOF") and the whole file.
#include "signing/pdffile.h"
#include "signing/revisiondiff.h"

#include <cstdint>

using namespace motcua::signing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    PdfLimits limits;
    limits.deadline = QDeadlineTimer(2000);
    auto file = PdfFile::parse(bytes, limits);
    if (!file)
        return 0;
    qsizetype p = 0;
    int revisions = 0;
    while ((p = bytes.indexOf("%%EOF", p)) >= 0 && revisions++ < 8) {
        p += 5;
        if (p < bytes.size())
            (void)RevisionDiff::compare(*file.value(), p);
    }
    return 0;
}
