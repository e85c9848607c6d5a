// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App
import MotCua.Pdf

//! One dossier: header, component checklist, history across agencies, and the
//! selected component in the PDF viewer. Esc goes back to the inbox.
Page {
    id: page
    objectName: "dossierPage"
    required property string dossierId
    signal backRequested()
    signal settingsRequested()
    readonly property alias controller: ctl
    property int selectedRow: -1
    readonly property string selectedPath: selectedRow >= 0 ? ctl.checklist.filePathAt(selectedRow) : ""

    title: ctl.header.code
    background: Rectangle { color: Theme.background }

    DossierController {
        id: ctl
        dossierId: page.dossierId
        onChanged: if (page.selectedRow < 0 || page.selectedRow >= checklist.rowCount())
                       page.selectedRow = checklist.firstViewableRow()
    }

    //! After a forward the page tells what was sent where (issue 20 item 8), not
    //! "no longer in the local cache" once the sync has taken the dossier away.
    ForwardReceipt { id: fwdReceipt }
    Connections {
        target: actionBar.controller
        function onQueued(kind) {
            if (kind === "forward" && fwdReceipt.capture(page.dossierId))
                Qt.callLater(receiptPanel.focusBack)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        ForwardReceiptPanel {
            id: receiptPanel
            Layout.fillWidth: true
            Layout.maximumWidth: 900
            visible: fwdReceipt.active
            receipt: fwdReceipt
            dossierLoaded: ctl.loaded
            onBackRequested: page.backRequested()
            onDossierRequested: fwdReceipt.clear()
        }
        Item {
            Layout.fillHeight: true
            visible: fwdReceipt.active
        }

        //! The header row: back, code, state, countdown, then the actions and "Sign…" at
        //! the right. The actions stay on this row when they fit beside it (a supervisor's
        //! or the desk's one or two), else they take a full row of their own below it:
        //! never one button alone on an almost empty line under "Back" (issue 20).
        GridLayout {
            id: headerRow
            objectName: "dossierHeaderRow"
            Layout.fillWidth: true
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            visible: !fwdReceipt.active
            //! What the row needs besides the actions: the shown items and their spacing
            //! (the filler in the middle has its own); implicit widths, not the laid-out ones.
            readonly property real fixedWidth: [backButton, codeLabel, stateBadge, countdown, signButton]
                .reduce((w, item) => w + (item.visible ? item.implicitWidth + columnSpacing : 0), columnSpacing)
            readonly property bool actionsInline: actionBar.oneRowWidth === 0
                                                  || fixedWidth + actionBar.oneRowWidth + columnSpacing <= width
            Button {
                id: backButton
                objectName: "backButton"
                Layout.row: 0
                Layout.column: 0
                text: qsTr("← Inbox (Esc)")
                Accessible.name: qsTr("Back to the inbox")
                onClicked: page.backRequested()
            }
            Label {
                id: codeLabel
                objectName: "dossierCode"
                Layout.row: 0
                Layout.column: 1
                textFormat: Text.PlainText
                text: ctl.header.code
                font.pixelSize: Theme.titleSize
                font.bold: true
                font.family: "DejaVu Sans Mono"
                color: Theme.text
            }
            Label {
                id: stateBadge
                Layout.row: 0
                Layout.column: 2
                text: ctl.header.stateText
                color: "white"
                font.bold: true
                leftPadding: 8; rightPadding: 8; topPadding: 3; bottomPadding: 3
                background: Rectangle { radius: 3; color: Theme.primary }
                visible: text.length > 0
            }
            Label {
                id: countdown
                objectName: "countdown"
                Layout.row: 0
                Layout.column: 3
                text: ctl.remainingText
                font.bold: true
                color: ctl.overdue ? Theme.overdue : Theme.ok
                visible: text.length > 0
            }
            Item {
                Layout.row: 0
                Layout.column: 4
                Layout.fillWidth: true
            }
            ActionBar {
                id: actionBar
                Layout.row: headerRow.actionsInline ? 0 : 1
                Layout.column: headerRow.actionsInline ? 5 : 0
                Layout.columnSpan: headerRow.actionsInline ? 1 : 7
                Layout.fillWidth: !headerRow.actionsInline
                //! One pixel more than the buttons need: the Flow must not wrap on a rounding.
                //! On its own row it takes the row's width (0: it adds nothing to the columns).
                Layout.preferredWidth: headerRow.actionsInline ? oneRowWidth + 1 : 0
                Layout.alignment: Qt.AlignVCenter
                dossierId: page.dossierId
                visible: ctl.loaded && !fwdReceipt.active
            }
            Button {
                id: signButton
                objectName: "signButton"
                Layout.row: 0
                Layout.column: 6
                text: qsTr("Sign… (Ctrl+Shift+S)")
                enabled: page.selectedPath.length > 0
                Accessible.name: qsTr("Digitally sign the selected component")
                onClicked: signDialog.openFor(page.selectedRow)
            }
        }

        Label {
            objectName: "dossierError"
            visible: ctl.error.shown && !fwdReceipt.active
            textFormat: Text.PlainText
            text: ctl.error.message
            color: Theme.overdue
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + 24
            color: Theme.surface
            border.color: Theme.border
            visible: ctl.loaded && !fwdReceipt.active
            GridLayout {
                id: header
                anchors.fill: parent
                anchors.margins: 12
                columns: 4
                columnSpacing: 16
                rowSpacing: 6
                HeaderField { label: qsTr("Procedure"); value: ctl.header.procedureText; Layout.columnSpan: 3 }
                HeaderField { label: qsTr("Applicant"); value: ctl.header.applicantText }
                HeaderField { label: qsTr("Address"); value: ctl.header.applicantAddress; Layout.columnSpan: 3 }
                HeaderField { label: qsTr("Received"); value: ctl.receivedText }
                HeaderField {
                    label: qsTr("Due date")
                    value: ctl.dueText + (ctl.remainingText.length > 0 ? "  (" + ctl.remainingText + ")" : "")
                    valueColor: ctl.overdue ? Theme.overdue : Theme.text
                    Layout.columnSpan: 3
                }
                HeaderField { label: qsTr("Current agency"); value: ctl.header.agencyName }
                HeaderField { label: qsTr("Status"); value: ctl.header.stateText + " · " + ctl.header.nationalStatusText; Layout.columnSpan: 3 }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: ctl.loaded && !fwdReceipt.active

            ColumnLayout {
                SplitView.preferredWidth: 460
                SplitView.minimumWidth: 300
                spacing: 0
                TabBar {
                    id: tabs
                    objectName: "dossierTabs"
                    Layout.fillWidth: true
                    //! Four tabs, each as wide as its text, so none is cut off; when the
                    //! column is narrower the bar scrolls inside it (never over the sidebar).
                    clip: true
                    font.pixelSize: Theme.fontSize - 2
                    SideTab {
                        objectName: "componentsTab"
                        text: ctl.checklist.missingCount > 0
                              ? qsTr("Components (%n missing)", "", ctl.checklist.missingCount)
                              : qsTr("Components")
                    }
                    SideTab {
                        objectName: "historyTab"
                        text: qsTr("History")
                        Accessible.name: text
                    }
                    SideTab {
                        objectName: "reuseTab"
                        //: Short tab title: reuse of documents already digitized (e.g. "Tái sử dụng")
                        text: qsTr("Reuse")
                        Accessible.name: qsTr("Reuse digitized documents (Alt+U)")
                        Shortcut {
                            sequence: "Alt+U"
                            enabled: page.visible
                            onActivated: { tabs.currentIndex = 2; reusePanel.focusList() }
                        }
                    }
                    SideTab {
                        objectName: "signaturesTab"
                        text: qsTr("Signatures")
                        Accessible.name: text
                    }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex
                    ComponentChecklist {
                        model: ctl.checklist
                        currentRow: page.selectedRow
                        onSelected: row => page.selectedRow = row
                    }
                    HistoryTimeline {
                        model: ctl.history
                    }
                    ReusePanel {
                        id: reusePanel
                        dossierId: page.dossierId
                    }
                    SignaturePanel {
                        sha256: page.selectedRow >= 0 ? ctl.checklist.sha256At(page.selectedRow) : ""
                        filePath: page.selectedPath
                    }
                }
            }

            Rectangle {
                SplitView.fillWidth: true
                color: Theme.surface
                border.color: Theme.border
                Loader {
                    anchors.fill: parent
                    anchors.margins: 1
                    active: page.selectedPath.length > 0
                    sourceComponent: AnnotatedViewer {
                        source: page.selectedPath
                        dossierId: page.dossierId
                        componentId: ctl.checklist.data(ctl.checklist.index(page.selectedRow, 0),
                                                        ChecklistModel.ComponentIdRole) ?? ""
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width * 0.7
                    visible: page.selectedPath.length === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                    text: page.selectedRow < 0 && ctl.checklist.firstViewableRow() < 0
                          ? qsTr("No component of this dossier has been downloaded yet. Sync while online to read them offline.")
                          : qsTr("This component has not been downloaded yet. Sync while online to read it offline.")
                }
            }
        }
    }

    SignDialog {
        id: signDialog
        dossierId: page.dossierId
        onChangeSignerRequested: page.settingsRequested()
        function openFor(row) {
            componentId = ctl.checklist.componentIdAt(row)
            open()
        }
        onSigned: {
            ctl.reload()
            const row = page.selectedRow // re-read the signed copy's file for the viewer
            page.selectedRow = -1
            page.selectedRow = row
        }
    }
    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: page.selectedPath.length > 0 && !signDialog.opened && !fwdReceipt.active
        onActivated: signDialog.openFor(page.selectedRow)
    }
}
