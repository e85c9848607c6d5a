// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The workflow actions the signed-in official may take on the dossier, each
//! opening its dialog, and the outbox state of the last action queued here.
Flow {
    id: bar
    objectName: "actionBar"
    required property string dossierId
    readonly property alias controller: ctl
    spacing: Theme.spacing

    ActionController {
        id: ctl
        dossierId: bar.dossierId
    }

    //! What is offered is decided in C++ (ActionRules, from the official's role and the dossier).
    readonly property ActionRules rules: ctl.rules

    //! kind, label, shortcut, shown when, dialog opener
    readonly property var entries: [
        { key: "forward", text: qsTr("Forward"), seq: "Ctrl+Shift+F", show: rules.canForward,
          open: () => forwardDialog.open() },
        { key: "request_supplement", text: qsTr("Request supplement"), seq: "Ctrl+Shift+B",
          show: rules.canRequestSupplement, open: () => supplementDialog.open() },
        { key: "receive_supplement", text: qsTr("Receive supplement"), seq: "Ctrl+Shift+N",
          show: rules.canReceiveSupplement, open: () => documents.openFor("receive_supplement") },
        { key: "submit_for_approval", text: qsTr("Submit for approval"), seq: "Ctrl+Shift+P",
          show: rules.canSubmitForApproval, open: () => documents.openFor("submit_for_approval") },
        { key: "approve", text: qsTr("Approve"), seq: "Ctrl+Shift+A", show: rules.canApprove,
          open: () => reasonDialog.openFor("approve") },
        { key: "return_for_rework", text: qsTr("Return for rework"), seq: "Ctrl+Shift+W",
          show: rules.canReturnForRework, open: () => reasonDialog.openFor("return_for_rework") },
        { key: "return_result", text: qsTr("Return result"), seq: "Ctrl+Shift+T",
          show: rules.canReturnResult, open: () => returnDialog.open() },
        { key: "issue_apology", text: qsTr("Apology letter"), seq: "Ctrl+Shift+L",
          show: rules.canIssueApology, open: () => apologyDialog.open() },
        { key: "sign_apology", text: qsTr("Sign apology letter"), seq: "Ctrl+Shift+K",
          show: rules.canSignApology, open: () => pinPrompt.open() },
        { key: "reject", text: rules.atReception ? qsTr("Refuse") : qsTr("Stop processing"), seq: "Ctrl+Shift+X",
          show: rules.canReject, open: () => reasonDialog.openFor("reject") },
        { key: "withdraw", text: qsTr("Withdraw"), seq: "Ctrl+Shift+Y", show: rules.canWithdraw,
          open: () => reasonDialog.openFor("withdraw") }
    ]

    //! The width of the shown buttons and outbox line side by side, whatever the bar's
    //! width now: the dossier header puts the bar on its own row when this does not fit.
    readonly property real oneRowWidth: {
        let w = 0
        let shown = 0
        for (let i = 0; i < children.length; ++i) {
            const item = children[i]
            //! What the Flow lays out: visible items with a size (not the Repeater).
            if (item.visible && item.implicitWidth > 0 && item.implicitHeight > 0) {
                w += item.implicitWidth
                ++shown
            }
        }
        return shown > 0 ? w + (shown - 1) * spacing : 0
    }

    Repeater {
        model: bar.entries
        delegate: Button {
            required property var modelData
            objectName: "action_" + modelData.key
            visible: modelData.show
            text: modelData.text
            Accessible.name: modelData.text
            Accessible.description: modelData.seq
            ToolTip.visible: hovered
            ToolTip.text: modelData.seq
            onClicked: modelData.open()
            Shortcut {
                sequence: modelData.seq
                enabled: modelData.show
                onActivated: modelData.open()
            }
        }
    }

    Label {
        objectName: "outboxState"
        visible: ctl.outboxText.length > 0
        text: ctl.outboxText
        height: 36
        verticalAlignment: Text.AlignVCenter
        readonly property bool refused: ctl.outboxState === OutboxState.Failed
                                        || ctl.outboxState === OutboxState.Conflict
        font.bold: refused
        color: refused ? Theme.overdue : ctl.outboxState === OutboxState.Done ? Theme.ok : Theme.warning
        Accessible.name: text
    }

    ForwardDialog { id: forwardDialog; controller: ctl; parent: Overlay.overlay }
    SupplementDialog { id: supplementDialog; controller: ctl; parent: Overlay.overlay }
    DocumentsDialog {
        id: documents
        controller: ctl
        parent: Overlay.overlay
        function openFor(k) { kind = k; open() }
    }
    ReasonDialog {
        id: reasonDialog
        controller: ctl
        parent: Overlay.overlay
        function openFor(k) { kind = k; open() }
    }
    ReturnResultDialog {
        id: returnDialog
        controller: ctl
        parent: Overlay.overlay
        onApologyRequested: apologyDialog.open()
    }
    ApologyDialog { id: apologyDialog; controller: ctl; parent: Overlay.overlay }
    PinPrompt { id: pinPrompt; controller: ctl; parent: Overlay.overlay }

    //! For tests and screenshots: the dialog objects by action.
    function dialog(name) {
        return ({ forward: forwardDialog, supplement: supplementDialog, documents: documents,
                  reason: reasonDialog, returnResult: returnDialog, apology: apologyDialog,
                  pin: pinPrompt })[name]
    }
}
