// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk offers each role (issue 20 item 10) and which draft result a
// batch signs: the rules the action bar, the navigation rail and the batch
// rows bind to, checked against the Workflow table.
#include "core/permissions.h"
#include "fixtures.h"

#include <QTest>

using namespace motcua;
using namespace motcua::permissions;
using namespace motcua::test;

class TestPermissions : public QObject
{
    Q_OBJECT

    static QDateTime now() { return utc(2026, 11, 24, 2, 0); }

    //! An issued, signed result; `late` puts its finish after the due date.
    static Dossier issued(bool late)
    {
        Dossier d = dossier(DossierState::ResultIssued);
        d.components << component(QStringLiteral("d-kq"), ComponentKind::Result, true);
        d.finishedAt = late ? d.dueAt.addDays(2) : d.dueAt.addDays(-2);
        return d;
    }

private Q_SLOTS:
    void capabilitiesFollowTheRoles()
    {
        QVERIFY(may(official(Role::Supervisor), Capability::BatchApproval));
        QVERIFY(!may(official(Role::Specialist), Capability::BatchApproval));
        QVERIFY(!may(official(Role::DeskStaff), Capability::BatchApproval));
        QVERIFY(!may(official(Role::Admin), Capability::BatchApproval));
        QVERIFY(may(official(Role::DeskStaff), Capability::ReturnResults));
        QVERIFY(!may(official(Role::Supervisor), Capability::ReturnResults));
        QVERIFY(may(official(Role::Supervisor), Capability::SignResults));
        QVERIFY(!may(official(Role::Specialist), Capability::SignResults));
        Official both = official(Role::Specialist);
        both.roles << Role::Supervisor;
        QVERIFY(may(both, Capability::BatchApproval));
    }

    void supervisorIsNeverOfferedReturnResult()
    {
        for (bool late : {false, true}) {
            const Dossier d = issued(late);
            QVERIFY2(!offers(d, official(Role::Supervisor), now()).contains(Offer::ReturnResult),
                     late ? "late" : "on time");
            //! The desk is, even while the late dossier's letter is missing (the dialog explains).
            QVERIFY(offers(d, official(Role::DeskStaff), now()).contains(Offer::ReturnResult));
            QVERIFY(!offers(d, official(Role::DeskStaff, QStringLiteral("H19.99")), now())
                         .contains(Offer::ReturnResult));
        }
        //! The supervisor may still write the apology letter of a late result.
        QVERIFY(offers(issued(true), official(Role::Supervisor), now()).contains(Offer::IssueApology));
    }

    void apologyLetterOffers()
    {
        Dossier d = issued(true);
        d.components << component(QStringLiteral("d-xl"), ComponentKind::Apology, false);
        const QList<Offer> supervisor = offers(d, official(Role::Supervisor), now());
        QVERIFY(supervisor.contains(Offer::SignApology));
        QVERIFY(!supervisor.contains(Offer::IssueApology)); // one letter
        QVERIFY(!offers(d, official(Role::DeskStaff), now()).contains(Offer::SignApology));
        d.components.last().isSigned = true;
        QVERIFY(!offers(d, official(Role::Supervisor), now()).contains(Offer::SignApology));
    }

    void offersFollowTheState()
    {
        const QList<Offer> review
            = offers(dossier(DossierState::InReview), official(Role::Specialist), now());
        QVERIFY(review.contains(Offer::Forward));
        QVERIFY(review.contains(Offer::SubmitForApproval));
        QVERIFY(!review.contains(Offer::Approve));
        const QList<Offer> awaiting
            = offers(dossier(DossierState::AwaitingApproval), official(Role::Supervisor), now());
        QVERIFY(awaiting.contains(Offer::Approve));
        QVERIFY(awaiting.contains(Offer::ReturnForRework));
        QVERIFY(awaiting.contains(Offer::Reject));
        QVERIFY(!awaiting.contains(Offer::Forward));
        QVERIFY(offers(dossier(DossierState::Returned), official(Role::DeskStaff), now()).isEmpty());
        QVERIFY(offers(dossier(DossierState::InReview), official(Role::Specialist, QStringLiteral("H19.99")),
                       now())
                    .isEmpty());
    }

    void draftResultIsTheUnsignedResult()
    {
        Dossier d = dossier(DossierState::AwaitingApproval);
        QCOMPARE(draftResult(d), nullptr);
        d.components << component(QStringLiteral("old"), ComponentKind::Result, true);
        QCOMPARE(draftResult(d), nullptr); // a signed result is not a draft
        d.components << component(QStringLiteral("x1"), ComponentKind::Result, false);
        QCOMPARE(draftResult(d)->id, QStringLiteral("x1"));
        d.components << component(d.id + QStringLiteral("-kq"), ComponentKind::Result, true);
        d.components << component(QStringLiteral("x2"), ComponentKind::Result, false);
        QCOMPARE(draftResult(d)->id, d.id + QStringLiteral("-kq")); // the server's draft first
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
