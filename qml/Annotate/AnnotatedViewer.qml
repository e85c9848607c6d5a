// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MotCua
import MotCua.App
import MotCua.Pdf

//! The PDF viewer with the annotation tools and an overlay on every page. The
//! original PDF is never modified: annotations are actions on the dossier.
//! (Not ComponentBehavior: Bound: the page overlay component is instantiated by
//! the viewer's page delegates, outside this file's context.)
ColumnLayout {
    id: root
    objectName: "annotatedViewer"
    required property string source
    required property string dossierId
    required property string componentId
    readonly property alias controller: ctl
    readonly property alias viewer: pdf
    readonly property alias tools: bar
    readonly property alias annotationList: annotationList
    spacing: 0

    AnnotationController {
        id: ctl
        dossierId: root.dossierId
        componentId: root.componentId
    }

    //! Asks for a note's text; `done(text)` runs on OK (Ctrl+Enter), nothing on Esc.
    function askText(title, initial, done) {
        prompt.title = title
        prompt.done = done
        editor.text = initial
        prompt.open()
        editor.forceActiveFocus()
    }

    AnnotationToolBar {
        id: bar
        Layout.fillWidth: true
        //! The list takes 260 px: beside a narrow viewer (the dossier screen) it
        //! starts hidden; the tool bar's ☰ button shows the count and opens it.
        wide: root.width >= 1000
        controller: ctl
        onExportRequested: folderDialog.open()
    }
    Label {
        id: exported
        objectName: "exportedLabel"
        property string path: ""
        Layout.fillWidth: true
        Layout.margins: 4
        visible: path.length > 0 && ctl.error.length === 0
        text: qsTr("Annotated copy saved: %1").arg(path)
        color: Theme.ok
        elide: Text.ElideMiddle
        font.pixelSize: Theme.fontSize
    }
    Label {
        Layout.fillWidth: true
        Layout.margins: 4
        visible: ctl.error.length > 0
        textFormat: Text.PlainText
        text: ctl.error
        color: Theme.overdue
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 0
        PdfViewer {
            id: pdf
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            source: root.source
            pageOverlay: Component {
                AnnotationOverlay {
                    controller: ctl
                    tools: bar
                    askText: root.askText
                }
            }
        }
        AnnotationList {
            id: annotationList
            Layout.fillHeight: true
            Layout.preferredWidth: 260
            visible: bar.listVisible
            model: ctl.model
            onPageRequested: page => pdf.goToPage(page)
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for the annotated copy")
        onAccepted: exported.path = ctl.exportAnnotated(selectedFolder)
    }

    Dialog {
        id: prompt
        objectName: "annotationTextDialog"
        property var done: null
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: 420
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: if (done) done(editor.text.trim())
        ScrollView {
            anchors.fill: parent
            implicitHeight: 120
            TextArea {
                id: editor
                objectName: "annotationTextEditor"
                wrapMode: TextArea.Wrap
                placeholderText: qsTr("Write the note (Ctrl+Enter to save, Esc to cancel)")
                font.pixelSize: Theme.fontSize
                Accessible.name: qsTr("Annotation text")
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        prompt.accept()
                        event.accepted = true
                    }
                }
            }
        }
    }
}
