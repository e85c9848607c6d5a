// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Step 4, digitization of the chosen component: papers from files or from the
//! scanner's folder (watched), pages in order with rotate / move / delete /
//! re-scan. On "Tiếp nhận" they become one PDF per component, signed as the
//! digitized copy when a key is chosen in Settings.
ColumnLayout {
    id: panel
    objectName: "digitizePanel"
    spacing: Theme.spacing
    readonly property var components: ReceptionController.components
    property int rescanIndex: -1

    Label {
        Layout.fillWidth: true
        text: panel.components.currentName.length > 0
              ? qsTr("4. Digitize: %1").arg(panel.components.currentName)
              : qsTr("4. Digitize: choose the procedure and a component")
        font.bold: true
        color: Theme.primary
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "addFilesButton"
            text: qsTr("Add scans…")
            enabled: panel.components.currentIndex >= 0
            onClicked: { panel.rescanIndex = -1; files.open() }
        }
        Button {
            objectName: "scanFolderButton"
            text: qsTr("Scanner folder…")
            onClicked: folder.open()
        }
        Label {
            objectName: "scanFolderText"
            Layout.fillWidth: true
            elide: Text.ElideMiddle
            color: Theme.textMuted
            text: ReceptionController.scanFolder.length > 0
                  ? qsTr("New scans in %1 are added by themselves").arg(ReceptionController.scanFolder)
                  : qsTr("No scanner folder set")
        }
    }
    GridView {
        id: grid
        objectName: "pageGrid"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        cellWidth: 176
        cellHeight: 300
        model: panel.components.pages
        ScrollBar.vertical: ScrollBar {}
        Label {
            anchors.centerIn: parent
            width: parent.width - 40
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: grid.count === 0
            color: Theme.textMuted
            text: qsTr("No pages yet: add the scans of this paper, or scan it into the scanner folder.")
        }
        delegate: Rectangle {
            id: cell
            required property int index
            required property url source
            required property string fileName
            required property int angle
            required property int pageNumber
            width: grid.cellWidth - 8
            height: grid.cellHeight - 8
            color: Theme.surface
            border.color: Theme.border
            clip: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 4
                spacing: 2
                Item {
                    id: thumb
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    //! Turned a quarter, the page's box is the cell's turned too, so that
                    //! after the rotation it fits the cell exactly (landscape inside portrait).
                    readonly property bool sideways: cell.angle % 180 !== 0
                    Image {
                        objectName: "pageThumb"
                        anchors.centerIn: parent
                        width: thumb.sideways ? thumb.height : thumb.width
                        height: thumb.sideways ? thumb.width : thumb.height
                        source: cell.source
                        sourceSize.width: 320
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                        rotation: cell.angle
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Page %1").arg(cell.pageNumber)
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    Layout.fillWidth: true
                    text: cell.fileName
                    elide: Text.ElideMiddle
                    font.pixelSize: Theme.fontSize - 3
                    color: Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                }
                //! Four glyphs every desktop font draws (DejaVu, Segoe UI), shared equally
                //! over the cell's width so the row never leaves the cell.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    PageToolButton {
                        objectName: "moveEarlierButton"
                        text: "\u25C0"
                        enabled: cell.index > 0
                        tip: qsTr("Move earlier")
                        onClicked: ReceptionController.movePage(cell.index, cell.index - 1)
                    }
                    PageToolButton {
                        objectName: "rotateButton"
                        text: "\u21BB"
                        tip: qsTr("Rotate clockwise")
                        onClicked: ReceptionController.rotatePage(cell.index, 1)
                    }
                    PageToolButton {
                        objectName: "deleteButton"
                        text: "\u2716"
                        tip: qsTr("Delete the page")
                        onClicked: ReceptionController.removePage(cell.index)
                    }
                    PageToolButton {
                        objectName: "moveLaterButton"
                        text: "\u25B6"
                        enabled: cell.index < grid.count - 1
                        tip: qsTr("Move later")
                        onClicked: ReceptionController.movePage(cell.index, cell.index + 1)
                    }
                }
                //! Words, not a glyph: U+2399 (print screen) is missing from the desk's fonts.
                Button {
                    objectName: "rescanButton"
                    Layout.fillWidth: true
                    flat: true
                    text: qsTr("Re-scan")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Re-scan this page")
                    onClicked: { panel.rescanIndex = cell.index; files.open() }
                }
            }
        }
    }

    component PageToolButton: ToolButton {
        required property string tip
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.minimumWidth: 0
        ToolTip.visible: hovered
        ToolTip.text: tip
        Accessible.name: tip
    }

    FileDialog {
        id: files
        title: panel.rescanIndex >= 0 ? qsTr("The new scan of page %1").arg(panel.rescanIndex + 1)
                                      : qsTr("Scans of the paper")
        fileMode: panel.rescanIndex >= 0 ? FileDialog.OpenFile : FileDialog.OpenFiles
        nameFilters: [qsTr("Scans and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)")]
        onAccepted: {
            if (panel.rescanIndex >= 0)
                ReceptionController.rescanPage(panel.rescanIndex, selectedFile)
            else
                ReceptionController.addFiles(selectedFiles)
        }
    }
    FolderDialog {
        id: folder
        title: qsTr("The folder your scanner saves into")
        onAccepted: ReceptionController.scanFolder = selectedFolder
    }
}
