// SPDX-License-Identifier: GPL-3.0-or-later
//! Errors as RFC 7807 problem+json and back.
#include "core/problem.h"

#include <QtTest>

using namespace motcua;

class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses()
    {
        QCOMPARE(json::httpStatus(Error::Kind::Invalid), 422);
        QCOMPARE(json::httpStatus(Error::Kind::Conflict), 409);
        QCOMPARE(json::httpStatus(Error::Kind::Forbidden), 403);
        QCOMPARE(json::httpStatus(Error::Kind::Stale), 412);
        QCOMPARE(json::httpStatus(Error::Kind::Unauthorized), 401);
        QCOMPARE(json::httpStatus(Error::Kind::NotFound), 404);
        QCOMPARE(json::httpStatus(Error::Kind::Storage), 500);
    }

    void toAndFrom()
    {
        Error e = Error::make(Error::Kind::Invalid, QStringLiteral("json.format"),
                              QT_TRANSLATE_NOOP("motcua::Error", "The field %1 is not a valid %2."),
                              {QStringLiteral("components[2].sha256"), QStringLiteral("SHA-256 digest")},
                              QStringLiteral("components[2].sha256"));
        const QJsonObject p = json::toProblemJson(e);
        QCOMPARE(p.value("status").toInt(), 422);
        QCOMPARE(p.value("code").toString(), QStringLiteral("json.format"));
        QCOMPARE(p.value("path").toString(), QStringLiteral("components[2].sha256"));
        QCOMPARE(p.value("title").toString(),
                 QStringLiteral("The field components[2].sha256 is not a valid SHA-256 digest."));
        QVERIFY(p.value("type").toString().endsWith(QStringLiteral("/invalid")));

        const Error back = json::errorFromProblemJson(p, 422);
        QCOMPARE(back.kind, Error::Kind::Invalid);
        QCOMPARE(back.code, QStringLiteral("json.format"));
        QCOMPARE(back.path, QStringLiteral("components[2].sha256"));
        QVERIFY(back.detail.contains(QStringLiteral("SHA-256")));
        QVERIFY(!back.userMessage().isEmpty());

        const Error conflict = json::errorFromProblemJson(
            QJsonObject {{"title", "Conflict"}, {"code", "workflow.illegal_transition"}}, 409);
        QCOMPARE(conflict.kind, Error::Kind::Conflict);
        QCOMPARE(conflict.code, QStringLiteral("workflow.illegal_transition"));
    }

    void garbageProblemStillGivesTypedError()
    {
        const Error e = json::errorFromProblemJson(QJsonObject {{"code", 5}}, 503);
        QCOMPARE(e.kind, Error::Kind::Internal);
        QCOMPARE(e.code, QStringLiteral("http.503"));
        QCOMPARE(json::errorFromProblemJson({}, 400).kind, Error::Kind::Invalid);
        QCOMPARE(json::errorFromProblemJson({}, 412).kind, Error::Kind::Stale);
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"
