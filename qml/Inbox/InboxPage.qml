// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The inbox: views with counts, search as you type, sort, and the list.
//! Keys: Up/Down or j/k move, Enter opens, Ctrl+F searches, Esc leaves the search.
Page {
    id: page
    objectName: "inboxPage"
    title: qsTr("Inbox")
    background: Rectangle { color: Theme.background }

    //! Asks the shell to open a dossier (Enter or double-click on a row).
    signal openRequested(var dossierId)
    readonly property alias model: inboxModel
    readonly property alias list: list

    function openCurrent() {
        if (list.currentIndex >= 0 && list.currentItem)
            page.openRequested(list.currentItem.dossierId)
    }

    readonly property var views: [
        { id: "mine", label: qsTr("Assigned to me") },
        { id: "agency", label: qsTr("My agency") },
        { id: "awaiting_approval", label: qsTr("Awaiting approval") },
        { id: "supplement_requested", label: qsTr("Supplement requested") },
        { id: "overdue", label: qsTr("Overdue") },
        { id: "due_soon", label: qsTr("Due within 2 working days") },
        { id: "pending_sync", label: qsTr("Not sent yet") },
        { id: "conflicts", label: qsTr("Conflicts") },
        { id: "apologies", label: qsTr("Apology letters to sign") },
        { id: "finished", label: qsTr("Finished") },
        { id: "all", label: qsTr("All dossiers") }
    ]

    InboxModel {
        id: inboxModel
        view: "agency"
        searchText: searchField.text
        sort: sortBox.currentValue ?? "due"
        onModelReset: list.currentIndex = count > 0 ? 0 : -1
    }

    Shortcut {
        sequence: StandardKey.Find
        enabled: page.visible
        onActivated: searchField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        Flow {
            id: viewRow
            objectName: "viewRow"
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: page.views
                delegate: Button {
                    required property var modelData
                    required property int index
                    objectName: "view_" + modelData.id
                    readonly property int count: inboxModel.viewCounts[modelData.id] ?? 0
                    //! The counts follow the first frame at start-up: no number until known.
                    readonly property bool counted: inboxModel.viewCounts[modelData.id] !== undefined
                    checkable: true
                    checked: inboxModel.view === modelData.id
                    highlighted: checked
                    text: counted ? modelData.label + "  " + count : modelData.label
                    font.pixelSize: Theme.fontSize - 1
                    palette.buttonText: (modelData.id === "overdue" || modelData.id === "conflicts") && count > 0 && !checked
                                        ? Theme.overdue : Theme.text
                    Accessible.name: qsTr("%1: %2 dossiers").arg(modelData.label).arg(count)
                    onClicked: { inboxModel.view = modelData.id; list.forceActiveFocus() }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search by code, applicant, ID number, address or procedure (Ctrl+F)")
                Accessible.name: qsTr("Search dossiers")
                selectByMouse: true
                Keys.onDownPressed: list.forceActiveFocus()
                Keys.onEscapePressed: event => {
                    if (text.length > 0) text = ""
                    list.forceActiveFocus()
                }
                Keys.onReturnPressed: list.forceActiveFocus()
            }
            Label { text: qsTr("Sort by"); color: Theme.textMuted }
            ComboBox {
                id: sortBox
                objectName: "sortBox"
                Layout.preferredWidth: 200
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "due", text: qsTr("Due date") },
                    { value: "received", text: qsTr("Received date") },
                    { value: "procedure", text: qsTr("Procedure") },
                    { value: "applicant", text: qsTr("Applicant") }
                ]
                Accessible.name: qsTr("Sort by")
            }
        }

        //! A dashboard drill-down: exactly the dossiers behind a number, until cleared.
        DrillDownBar {
            Layout.fillWidth: true
            visible: inboxModel.restricted
            title: inboxModel.restrictionTitle
            onCleared: inboxModel.showAll()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "inboxSummary"
                color: Theme.textMuted
                textFormat: Text.PlainText
                text: inboxModel.error.length > 0 ? inboxModel.error
                      : qsTr("%n dossier(s)", "", inboxModel.totalCount)
            }
            //! A search that finds nothing here but something elsewhere (a
            //! finished dossier, another view) says so and goes there in one click.
            Button {
                id: searchAll
                objectName: "searchAllButton"
                readonly property int elsewhere: inboxModel.viewCounts["all"] ?? 0
                visible: inboxModel.searchText.length > 0 && inboxModel.view !== "all"
                         && elsewhere > inboxModel.totalCount
                flat: true
                text: qsTr("Search all dossiers (%n found)", "", elsewhere)
                Accessible.name: text
                onClicked: inboxModel.view = "all"
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: qsTr("Narrow with ten:, ma:, diachi:, cccd:, thutuc: (e.g. ten:Nguyễn)")
                color: Theme.textMuted
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSize - 2
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border

            ListView {
                id: list
                objectName: "inboxList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: inboxModel
                focus: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                reuseItems: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                Accessible.name: qsTr("Dossiers")
                Accessible.role: Accessible.List

                Keys.onPressed: event => {
                    if (event.key === Qt.Key_J) { list.incrementCurrentIndex(); event.accepted = true }
                    else if (event.key === Qt.Key_K) { list.decrementCurrentIndex(); event.accepted = true }
                    else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                        page.openCurrent(); event.accepted = true
                    }
                }

                delegate: InboxRow {
                    width: ListView.view.width
                    selected: ListView.isCurrentItem
                    onClicked: { list.currentIndex = index; list.forceActiveFocus() }
                    onDoubleClicked: page.openRequested(dossierId)
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width * 0.7
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: list.count === 0 && !inboxModel.loading
                textFormat: Text.PlainText
                text: inboxModel.searchText.length > 0 ? qsTr("No dossier matches “%1”.").arg(inboxModel.searchText)
                      : inboxModel.totalCount === 0 && inboxModel.cacheEmpty
                        ? qsTr("No dossiers in the local cache yet. Sign in and sync to fill the inbox.")
                        : qsTr("No dossiers in this view.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: inboxModel.loading
                visible: running
            }
        }
    }
}
