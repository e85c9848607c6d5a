// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortkey.h"

#include <QList>

namespace motcua::sortkey {

namespace {

constexpr quint16 kSpace = 0x0100;
constexpr quint16 kPunct = 0x0200;
constexpr quint16 kDigit = 0x0300;
constexpr quint16 kLetter = 0x0400;
constexpr quint16 kOther = 0x1000;

//! Punctuation and symbols in the order of the Unicode default collation table.
const QString &punctuationOrder()
{
    static const QString order = QStringLiteral("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$");
    return order;
}

//! The Vietnamese alphabet with the Latin letters it does not use, as
//! (base letter, modifier) pairs; modifier 0 = none, else the combining mark.
struct Letter
{
    char16_t base;
    char16_t modifier;
};
constexpr Letter kAlphabet[] = {
    {u'a', 0},      {u'a', 0x0306}, {u'a', 0x0302}, {u'b', 0}, {u'c', 0},      {u'd', 0},
    {u'\x111', 0},  {u'e', 0},      {u'e', 0x0302}, {u'f', 0}, {u'g', 0},      {u'h', 0},
    {u'i', 0},      {u'j', 0},      {u'k', 0},      {u'l', 0}, {u'm', 0},      {u'n', 0},
    {u'o', 0},      {u'o', 0x0302}, {u'o', 0x031B}, {u'p', 0}, {u'q', 0},      {u'r', 0},
    {u's', 0},      {u't', 0},      {u'u', 0},      {u'u', 0x031B}, {u'v', 0}, {u'w', 0},
    {u'x', 0},      {u'y', 0},      {u'z', 0},
};

int letterIndex(char16_t base, char16_t modifier)
{
    int i = 0;
    for (const Letter &l : kAlphabet) {
        if (l.base == base && l.modifier == modifier)
            return i;
        ++i;
    }
    return -1;
}

//! Secondary weight of a combining mark; the Vietnamese tones first, in the
//! dictionary order huyền, hỏi, ngã, sắc, nặng.
quint16 markWeight(char16_t mark)
{
    switch (mark) {
    case 0x0300: return 2; // huyền
    case 0x0309: return 3; // hỏi
    case 0x0303: return 4; // ngã
    case 0x0301: return 5; // sắc
    case 0x0323: return 6; // nặng
    default: return quint16(0x0100 + (mark & 0x0fff));
    }
}

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

void append(QByteArray &key, quint16 w)
{
    key.append(char(w >> 8));
    key.append(char(w & 0xff));
}

} // namespace

QByteArray vietnamese(const QString &text)
{
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    QList<quint16> primary, secondary, tertiary;
    primary.reserve(nfd.size());
    int i = 0;
    while (i < nfd.size()) {
        const QChar c = nfd.at(i++);
        QList<char16_t> marks;
        while (i < nfd.size() && isMark(nfd.at(i)))
            marks.append(nfd.at(i++).unicode());
        if (isMark(c)) { // a mark with no base: secondary difference only
            secondary.append(markWeight(c.unicode()));
            tertiary.append(1);
            continue;
        }
        const QChar lower = c.toLower();
        const bool upper = lower != c;
        quint16 p = 0;
        if (c.isSpace()) {
            p = kSpace;
        } else if (const qsizetype pi = punctuationOrder().indexOf(c); pi >= 0) {
            p = quint16(kPunct + pi);
        } else if (c.isDigit() && c.digitValue() >= 0) {
            p = quint16(kDigit + c.digitValue());
        } else {
            //! A letter-forming mark (breve, circumflex, horn) makes a letter of its own.
            int idx = -1;
            for (qsizetype m = 0; m < marks.size() && idx < 0; ++m) {
                idx = letterIndex(lower.unicode(), marks.at(m));
                if (idx >= 0)
                    marks.removeAt(m);
            }
            if (idx < 0)
                idx = letterIndex(lower.unicode(), 0);
            p = idx >= 0 ? quint16(kLetter + idx) : quint16(kOther + std::min<int>(lower.unicode(), 0xefff));
        }
        primary.append(p);
        secondary.append(1);
        tertiary.append(upper ? 2 : 1);
        for (const char16_t m : marks) {
            secondary.append(markWeight(m));
            tertiary.append(1);
        }
    }
    QByteArray key;
    key.reserve(2 * (primary.size() + secondary.size() + tertiary.size() + 2));
    for (quint16 w : primary)
        append(key, w);
    append(key, 0);
    for (quint16 w : secondary)
        append(key, w);
    append(key, 0);
    for (quint16 w : tertiary)
        append(key, w);
    return key;
}

} // namespace motcua::sortkey
