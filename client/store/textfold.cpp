// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace motcua::textfold {

QStringList queryTokens(const QString &userText)
{
    const QString folded = fold(userText);
    QStringList tokens;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

QString ftsQuery(const QString &userText)
{
    //! Tokens hold only letters and digits, so they can never close the FTS5
    //! string or form an operator; quoting them anyway keeps `AND`, `OR`, `NOT`
    //! and `NEAR` plain words.
    //! A pasted page of text must not become a query of thousands of terms.
    const QStringList tokens = queryTokens(userText).mid(0, kMaxQueryTokens);
    QStringList parts;
    parts.reserve(tokens.size());
    for (int i = 0; i < tokens.size(); ++i) {
        QString t = tokens.at(i);
        t.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QString part = QLatin1Char('"') + t + QLatin1Char('"');
        if (i == tokens.size() - 1)
            part += QLatin1Char('*');
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace motcua::textfold
