// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

//! What a component is: part of the application, a result, or an apology letter.
enum class ComponentKind {
    Input, //!< "input"
    Result, //!< "result"
    Apology, //!< "apology" (văn bản xin lỗi)
};

[[nodiscard]] QString toWire(ComponentKind kind);
[[nodiscard]] std::optional<ComponentKind> componentKindFromWire(QStringView wire);

//! A digitized document of a dossier, addressed by its SHA-256. Wire:
//! {"id","name","document_code","sha256","size","mime","pages","kind","signed"}.
struct Component
{
    QString id;
    QString name;
    QString documentCode; //!< mã giấy tờ; may be empty
    QString sha256; //!< 64 lowercase hex digits
    qint64 size = 0; //!< bytes, >= 0
    QString mime; //!< e.g. "application/pdf"
    int pages = 0; //!< >= 0 (0 = unknown)
    ComponentKind kind = ComponentKind::Input;
    bool isSigned = false; //!< "signed" on the wire (a C++ keyword, hence the name)

    bool operator==(const Component &) const = default;
};

//! True for 64 lowercase hex digits.
[[nodiscard]] bool isValidSha256(QStringView hex);

//! A new component (fresh id) for the PDF bytes: sha256, size, mime, kind, signed.
[[nodiscard]] Component pdfComponent(const QByteArray &pdf, const QString &name, ComponentKind kind,
                                     bool isSigned);

} // namespace motcua
