// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App
import MotCua.Pdf

//! Batch approval: the dossiers awaiting the supervisor's approval (filters,
//! select all, shift-click ranges), a quick preview of the selected dossier's
//! draft result, and one PIN entry to sign and approve them all. An unfinished
//! batch found at start is shown with what was done and a Resume button.
Page {
    id: page
    objectName: "batchPage"
    title: qsTr("Batch approval")
    background: Rectangle { color: Theme.background }
    readonly property alias controller: ctl
    property int currentRow: -1
    readonly property Item currentItem: currentRow >= 0 && currentRow < list.count ? list.itemAtIndex(currentRow) : null
    readonly property string previewPath: currentItem ? currentItem.draftPath : ""

    BatchController { id: ctl }

    // Only while this page is shown: the inbox and the shell use the same keys.
    Shortcut {
        sequence: "Ctrl+Shift+A"
        enabled: page.visible && !ctl.progress.jobShown
        onActivated: ctl.selectAll(ctl.model.selectedCount < ctl.model.selectableCount)
    }
    Shortcut {
        sequence: StandardKey.Find
        enabled: page.visible && !ctl.progress.jobShown
        onActivated: search.forceActiveFocus()
    }
    Shortcut {
        sequence: "Ctrl+Shift+X"
        enabled: page.visible && ctl.progress.running
        onActivated: ctl.cancel()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        //! Selection and search, then the filters; in a narrow window (the smallest is
        //! 960 px) the filters go to a second row so the search field keeps room for its
        //! whole hint (issue 20).
        GridLayout {
            objectName: "batchFilters"
            Layout.fillWidth: true
            Layout.margins: 12
            columns: page.width >= 1000 ? 2 : 1
            columnSpacing: 10
            rowSpacing: 6
            visible: !ctl.progress.jobShown
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                CheckBox {
                    objectName: "batchSelectAll"
                    text: qsTr("Select all (%1)").arg(ctl.model.selectableCount)
                    checked: ctl.model.selectableCount > 0 && ctl.model.selectedCount === ctl.model.selectableCount
                    Accessible.name: qsTr("Select all")
                    nextCheckState: function() { return checkState }
                    onClicked: ctl.selectAll(ctl.model.selectedCount < ctl.model.selectableCount)
                }
                TextField {
                    id: search
                    objectName: "batchSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search code, applicant, ID number (Ctrl+F)")
                    Accessible.name: qsTr("Search")
                    onTextChanged: ctl.searchText = text
                }
            }
            RowLayout {
                spacing: 10
                ComboBox {
                    id: procedure
                    Layout.preferredWidth: 320
                    model: [{ code: "", name: qsTr("All procedures") }].concat(ctl.procedures)
                    textRole: "name"
                    valueRole: "code"
                    Accessible.name: qsTr("Procedure")
                    onActivated: ctl.procedureFilter = currentValue
                }
                CheckBox {
                    text: qsTr("Overdue only")
                    checked: ctl.overdueOnly
                    Accessible.name: text
                    onToggled: ctl.overdueOnly = checked
                }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            Rectangle {
                SplitView.preferredWidth: page.width * 0.45
                SplitView.minimumWidth: 360
                color: Theme.surface
                border.color: Theme.border
                ListView {
                    id: list
                    objectName: "batchList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: ctl.model
                    ScrollBar.vertical: ScrollBar {}
                    delegate: BatchRow {
                        required property string draftPath
                        width: ListView.view.width
                        jobMode: ctl.progress.jobShown
                        editable: !ctl.progress.running
                        current: index === page.currentRow
                        onToggled: shift => ctl.toggle(index, shift)
                        onClicked: page.currentRow = index
                        onRetryRequested: ctl.retry(index)
                        onExcludeRequested: ctl.exclude(index)
                    }
                    Keys.onSpacePressed: if (page.currentRow >= 0 && !ctl.progress.jobShown) ctl.toggle(page.currentRow, false)
                    Keys.onUpPressed: page.currentRow = Math.max(0, page.currentRow - 1)
                    Keys.onDownPressed: page.currentRow = Math.min(count - 1, page.currentRow + 1)
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width * 0.8
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("No dossiers are awaiting your approval.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                }
            }

            Rectangle {
                SplitView.fillWidth: true
                color: Theme.surface
                border.color: Theme.border
                Loader {
                    anchors.fill: parent
                    anchors.margins: 1
                    active: page.previewPath.length > 0
                    sourceComponent: PdfViewer {
                        source: page.previewPath
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width * 0.7
                    visible: page.previewPath.length === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                    text: page.currentRow < 0 ? qsTr("Click a dossier to preview its draft result.")
                        : page.currentItem && page.currentItem.blockedReason.length > 0 ? page.currentItem.blockedReason
                        : qsTr("The draft result has not been downloaded yet. Sync while online to preview it.")
                }
            }
        }

        BatchRunPanel {
            Layout.fillWidth: true
            controller: ctl
        }
    }
}
