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

    //! Reads the `allowed` property, so bindings using it follow the dossier and the role.
    function can(kind) { return ctl.allowed.indexOf(kind) >= 0 }

    //! kind, label, shortcut, shown when, dialog opener
    readonly property var entries: [
        { key: "forward", text: qsTr("Forward"), seq: "Ctrl+Shift+F", show: bar.can("forward"),
          open: () => forwardDialog.open() },
        { key: "request_supplement", text: qsTr("Request supplement"), seq: "Ctrl+Shift+B",
          show: bar.can("request_supplement"), open: () => supplementDialog.open() },
        { key: "receive_supplement", text: qsTr("Receive supplement"), seq: "Ctrl+Shift+N",
          show: bar.can("receive_supplement"), open: () => documents.openFor("receive_supplement") },
        { key: "submit_for_approval", text: qsTr("Submit for approval"), seq: "Ctrl+Shift+P",
          show: bar.can("submit_for_approval"), open: () => documents.openFor("submit_for_approval") },
        { key: "approve", text: qsTr("Approve"), seq: "Ctrl+Shift+A", show: bar.can("approve"),
          open: () => reasonDialog.openFor("approve") },
        { key: "return_for_rework", text: qsTr("Return for rework"), seq: "Ctrl+Shift+W",
          show: bar.can("return_for_rework"), open: () => reasonDialog.openFor("return_for_rework") },
        { key: "return_result", text: qsTr("Return result"), seq: "Ctrl+Shift+T",
          show: bar.can("return_result") || (ctl.state === "result_issued" && bar.can("issue_apology")),
          open: () => returnDialog.open() },
        { key: "issue_apology", text: qsTr("Apology letter"), seq: "Ctrl+Shift+L",
          show: bar.can("issue_apology") && !ctl.hasApology, open: () => apologyDialog.open() },
        { key: "sign_apology", text: qsTr("Sign apology letter"), seq: "Ctrl+Shift+K",
          show: bar.can("issue_apology") && ctl.supervisor && ctl.apologyAwaitingSignature,
          open: () => pinPrompt.open() },
        { key: "reject", text: ctl.atReception ? qsTr("Refuse") : qsTr("Stop processing"), seq: "Ctrl+Shift+X",
          show: bar.can("reject"), open: () => reasonDialog.openFor("reject") },
        { key: "withdraw", text: qsTr("Withdraw"), seq: "Ctrl+Shift+Y", show: bar.can("withdraw"),
          open: () => reasonDialog.openFor("withdraw") }
    ]

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
        font.bold: ctl.outboxState === "failed" || ctl.outboxState === "conflict"
        color: ctl.outboxState === "failed" || ctl.outboxState === "conflict" ? Theme.overdue
             : ctl.outboxState === "done" ? Theme.ok : Theme.warning
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
