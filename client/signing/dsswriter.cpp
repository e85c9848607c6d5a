// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsswriter.h"

#include "incrementalupdate.h"
#include "pdffile.h"

namespace motcua::signing {

namespace {
//! Far more than a chain and its answers; a hostile DSS must not make us read forever.
constexpr int kMaxEntries = 1000;

const std::pair<const char *, QList<QByteArray> RevocationEvidence::*> kArrays[] = {
    {"Certs", &RevocationEvidence::certificates},
    {"OCSPs", &RevocationEvidence::ocspResponses},
    {"CRLs", &RevocationEvidence::crls},
};
} // namespace

RevocationEvidence DssWriter::read(const PdfFile &file)
{
    RevocationEvidence out;
    const auto dss = file.catalogDict("DSS");
    if (!dss)
        return out;
    for (const auto &[key, member] : kArrays) {
        auto arr = file.resolve(dss->get(key));
        if (!arr || !arr->isArray())
            continue;
        int n = 0;
        for (const PdfObject &ref : arr->array) {
            if (!ref.isRef() || ++n > kMaxEntries)
                continue;
            auto ind = file.object(ref.refNum);
            if (!ind || !ind->isStream)
                continue;
            if (auto data = file.decodedStream(ind.value()); data && !data->isEmpty())
                (out.*member).append(data.value());
        }
    }
    return out;
}

Result<QByteArray> DssWriter::append(const QByteArray &pdf, const RevocationEvidence &evidence)
{
    auto parsed = PdfFile::parse(pdf);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    const PdfObject catalogRef = file.trailer().get("Root");
    if (!catalogRef.isRef())
        return pdfError("pdf.structure",
                        QT_TRANSLATE_NOOP("motcua::Error", "The PDF file's structure is damaged: %1."),
                        {QStringLiteral("the trailer has no /Root reference")});
    auto catInd = file.object(catalogRef.refNum);
    if (!catInd)
        return catInd.error();
    PdfObject catalog = catInd->object;
    const RevocationEvidence existing = read(file);
    auto oldDss = file.resolve(catalog.get("DSS"));
    PdfObject dss = oldDss && oldDss->isDict() ? oldDss.value() : PdfObject::makeDict();

    IncrementalUpdate up = IncrementalUpdate::of(file);
    bool added = false;
    for (const auto &[key, member] : kArrays) {
        auto current = file.resolve(dss.get(key));
        PdfObject arr = current && current->isArray() ? current.value() : PdfObject::makeArray();
        for (const QByteArray &blob : evidence.*member) {
            if ((existing.*member).contains(blob))
                continue;
            const int num = up.alloc();
            up.put(num, 0,
                   "<</Length " + QByteArray::number(blob.size()) + ">>\nstream\n" + blob + "\nendstream");
            arr.array.push_back(PdfObject::makeRef(num));
            added = true;
        }
        if (!arr.array.empty())
            dss.set(key, arr);
    }
    if (!added)
        return pdf;
    dss.set("Type", PdfObject::makeName("DSS"));
    const int dssNum = up.alloc();
    up.put(dssNum, 0, dss.serialize());
    catalog.set("DSS", PdfObject::makeRef(dssNum));
    up.put(catalogRef.refNum, catalogRef.refGen, catalog.serialize());
    QByteArray out = pdf;
    if (!out.endsWith('\n') && !out.endsWith('\r'))
        out += '\n';
    QByteArray tail;
    if (!up.appendTo(tail, out.size(), file))
        return pdfError("signing.too_large",
                        QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too large to sign."));
    return out + tail;
}

} // namespace motcua::signing
