// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the PDF structure reader (xref chain, objects, object streams,
// page tree) on arbitrary bytes.
#include "signing/pdffile.h"

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
    const PdfFile &f = *file.value();
    (void)f.catalog();
    (void)f.pageRefs();
    int n = 0;
    for (auto it = f.xref().cbegin(); it != f.xref().cend() && n < 2000; ++it, ++n) {
        auto ind = f.object(it.key());
        if (ind && ind->isStream) {
            (void)f.decodedStream(ind.value());
        }
        if (ind)
            (void)ind->object.serialize();
    }
    return 0;
}
