// SPDX-License-Identifier: GPL-3.0-or-later
#include "digitizedcopy.h"

#include "signing/pdfsigner.h"

#include <QFile>
#include <QTimeZone>

namespace motcua::digitize {

Result<signing::SignedDocument> signDigitizedCopy(const QByteArray &pdf, signing::Signer &signer,
                                                  const DigitizedCopyOptions &options)
{
    signing::SignRequest r;
    r.pdf = pdf;
    r.signer = &signer;
    r.signingTime = (options.time.isValid() ? options.time : QDateTime::currentDateTimeUtc())
                        .toTimeZone(QTimeZone(7 * 3600));
    r.placement.kind = signing::Placement::Kind::CopyStampTopRight;
    r.appearance.lines = signing::PdfSigner::copyAppearanceLines(QStringLiteral("BẢN SỐ HÓA TỪ BẢN GIẤY"),
                                                                 options.agencyName, r.signingTime);
    r.reason = QStringLiteral("Số hóa hồ sơ tại Bộ phận Một cửa");
    r.tsaUrl = options.tsaUrl;
    r.timestampPolicy = options.tsaUrl.isEmpty() ? signing::TimestampPolicy::None
                                                 : signing::TimestampPolicy::FallBackAndQueue;
    return signing::SigningService::sign(r);
}

Result<DigitizedComponent> digitizeComponent(const QList<ScanPage> &papers, const QString &name,
                                             const QString &documentCode, signing::Signer *signer,
                                             const DigitizedCopyOptions &options)
{
    QByteArray pdf;
    int pages = 0;
    if (papers.size() == 1 && papers.first().path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QFile f(papers.first().path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Invalid, QStringLiteral("digitize.unreadable"),
                               QT_TRANSLATE_NOOP("motcua::Error", "Cannot read %1: %2"),
                               {papers.first().path, f.errorString()});
        pdf = f.readAll();
    } else {
        auto assembled = assemblePdf(papers);
        if (!assembled)
            return assembled.error();
        pdf = *assembled;
        pages = int(papers.size());
    }
    if (signer) {
        //! Offline, the service signs B-B with room kept for the time stamp (FallBackAndQueue).
        auto signedPdf = signDigitizedCopy(pdf, *signer, options);
        if (!signedPdf)
            return signedPdf.error();
        pdf = signedPdf->pdf;
    }
    DigitizedComponent out {pdfComponent(pdf, name, ComponentKind::Input, signer != nullptr), pdf};
    out.component.documentCode = documentCode == name ? QString() : documentCode;
    out.component.pages = pages;
    return out;
}

} // namespace motcua::digitize
