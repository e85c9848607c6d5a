// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//! The workflow table of docs/workflow.md, read as test data, and a dossier
//! fixture that satisfies every content rule in any state.

#include "fixtures.h"

#include <QFile>

namespace motcua::test {

struct Row
{
    ActionKind kind;
    QList<DossierState> from;
    QString to; //!< wire id or "="
    QList<Role> roles;
};

inline const QList<DossierState> kNonTerminal {
    DossierState::Received,        DossierState::InReview,         DossierState::SupplementRequested,
    DossierState::AwaitingPayment, DossierState::AwaitingApproval, DossierState::Approved,
    DossierState::ResultIssued};

//! Reads the documented table (the specification) from docs/workflow.md.
inline QList<Row> readTable(QString *error)
{
    QFile f(QStringLiteral(MOTCUA_SOURCE_DIR "/docs/workflow.md"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype begin = text.indexOf(QStringLiteral("<!-- workflow-table:begin -->"));
    const qsizetype end = text.indexOf(QStringLiteral("<!-- workflow-table:end -->"));
    if (begin < 0 || end < begin) {
        *error = QStringLiteral("table markers not found");
        return {};
    }
    QList<Row> rows;
    const QStringList lines = text.mid(begin, end - begin).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QStringLiteral("| action"))
            || line.startsWith(QStringLiteral("|---")))
            continue;
        QStringList cols = line.split(QLatin1Char('|'));
        if (cols.size() != 6) {
            *error = QStringLiteral("bad row: ") + line;
            return {};
        }
        Row row;
        const auto kind = actionKindFromWire(cols[1].trimmed());
        if (!kind) {
            *error = QStringLiteral("unknown action: ") + cols[1];
            return {};
        }
        row.kind = *kind;
        const QString from = cols[2].trimmed();
        if (from == QStringLiteral("*")) {
            row.from = kNonTerminal;
        } else {
            for (const QString &s : from.split(QLatin1Char(','))) {
                const auto st = dossierStateFromWire(s.trimmed());
                if (!st) {
                    *error = QStringLiteral("unknown state: ") + s;
                    return {};
                }
                row.from.append(*st);
            }
        }
        row.to = cols[3].trimmed();
        for (const QString &r : cols[4].split(QLatin1Char(','))) {
            const auto role = roleFromWire(r.trimmed());
            if (!role) {
                *error = QStringLiteral("unknown role: ") + r;
                return {};
            }
            row.roles.append(*role);
        }
        rows.append(row);
    }
    return rows;
}

//! A dossier in `state` that satisfies every content rule: it holds a signed
//! result and an apology letter and is late (two supplement requests).
inline Dossier fixtureFor(DossierState state)
{
    Dossier d = dossier(state);
    d.components.append(component(QStringLiteral("r1"), ComponentKind::Result, true));
    //! Signed: the fixture is late (two supplements) and returning it needs a signed letter (R12).
    d.components.append(component(QStringLiteral("ap1"), ComponentKind::Apology, true));
    d.supplementCount = 2;
    if (state == DossierState::SupplementRequested)
        d.pausedAt = utc(2026, 11, 23, 3, 0);
    if (state == DossierState::ResultIssued)
        d.finishedAt = utc(2026, 11, 23, 9, 0);
    return d;
}

} // namespace motcua::test
