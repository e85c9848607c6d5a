// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uierror.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class Workspace;

//! What the signed-in official's roles allow on screen (motcua::permissions,
//! decided in client/core): the navigation rail hides the batch screen from
//! anyone who may not approve and sign, the action bar reads ActionRules. Reads
//! the roles from the cache and follows every change of it (a sync, a sign-in).
class RolePolicy : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    //! The batch signing screen (supervisors).
    Q_PROPERTY(bool batchApproval READ batchApproval NOTIFY changed)
    //! Handing results to applicants (the one-stop desk).
    Q_PROPERTY(bool returnResults READ returnResults NOTIFY changed)
    //! Signing results and apology letters (supervisors).
    Q_PROPERTY(bool signResults READ signResults NOTIFY changed)
    Q_PROPERTY(UiError error READ error NOTIFY changed)

public:
    explicit RolePolicy(QObject *parent = nullptr);
    RolePolicy(Workspace *workspace, QObject *parent);

    void classBegin() override { }
    void componentComplete() override;

    [[nodiscard]] bool batchApproval() const { return m_batchApproval; }
    [[nodiscard]] bool returnResults() const { return m_returnResults; }
    [[nodiscard]] bool signResults() const { return m_signResults; }
    [[nodiscard]] UiError error() const { return m_error; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    QPointer<Workspace> m_workspace;
    bool m_batchApproval = false;
    bool m_returnResults = false;
    bool m_signResults = false;
    UiError m_error;
};
