// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MotCua

//! PDF files picked from disk (attachments, a supplement, a draft result).
ColumnLayout {
    id: root
    property var files: []
    property bool single: false
    property string addText: single ? qsTr("Choose a PDF…") : qsTr("Add PDF files…")
    spacing: 4

    function clear() { files = [] }
    function fileName(url) { return decodeURIComponent(String(url).replace(/^.*\//, "")) }

    RowLayout {
        Button {
            objectName: "addFilesButton"
            text: root.addText
            Accessible.name: root.addText
            onClicked: picker.open()
        }
        Label {
            visible: root.files.length === 0
            text: qsTr("No file chosen")
            color: Theme.textMuted
        }
    }
    Repeater {
        model: root.files
        delegate: RowLayout {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            //! An icon from the resources: "📄" is in no font of a plain Debian or Windows desk (a box).
            Image {
                source: "qrc:/qt/qml/MotCua/resources/document.svg"
                sourceSize: Qt.size(16, 16)
                Accessible.ignored: true
            }
            Label {
                objectName: "pickedFileName"
                Layout.fillWidth: true
                text: root.fileName(modelData)
                elide: Text.ElideMiddle
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Remove %1").arg(root.fileName(modelData))
                onClicked: root.files = root.files.filter((f, i) => i !== index)
            }
        }
    }
    FileDialog {
        id: picker
        title: root.addText
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        fileMode: root.single ? FileDialog.OpenFile : FileDialog.OpenFiles
        onAccepted: {
            const picked = root.single ? [selectedFile] : selectedFiles.map(f => f)
            root.files = root.single ? picked : root.files.concat(picked)
        }
    }
}
