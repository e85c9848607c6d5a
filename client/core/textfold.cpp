// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace motcua::textfold {

namespace {
bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
        || cat == QChar::Mark_Enclosing;
}

//! Folds one character (with its surrogate partner when there is one) into `out`.
void foldOne(const QString &piece, QString &out)
{
    const QString nfd = piece.normalized(QString::NormalizationForm_D);
    QString kept;
    for (const QChar c : nfd) {
        if (isMark(c))
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ (no decomposition in Unicode)
            kept.append(QLatin1Char('d'));
        else
            kept.append(c);
    }
    out.append(kept.toCaseFolded());
}
} // namespace

QString fold(const QString &text)
{
    return foldMapped(text, nullptr);
}

QString foldMapped(const QString &text, QList<int> *sourceIndex)
{
    QString out;
    out.reserve(text.size());
    if (sourceIndex) {
        sourceIndex->clear();
        sourceIndex->reserve(text.size());
    }
    //! Character by character (a surrogate pair as one): every folded character
    //! then has exactly one source. Precomposed and decomposed input fold alike
    //! because each precomposed letter is decomposed on its own and stray
    //! combining marks are dropped.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) { //! fast path: most of Vietnamese text is ASCII letters
            out.append(QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u));
            if (sourceIndex)
                sourceIndex->append(int(i));
            continue;
        }
        const qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const qsizetype before = out.size();
        foldOne(text.mid(i, len), out);
        if (sourceIndex) {
            for (qsizetype k = before; k < out.size(); ++k)
                sourceIndex->append(int(i));
        }
        i += len - 1;
    }
    return out;
}

} // namespace motcua::textfold
