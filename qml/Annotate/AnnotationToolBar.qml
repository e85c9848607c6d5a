// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The annotation tools above the viewer: select, highlight (snaps to the words
//! of text PDFs), rectangle (scans), sticky note, free text, freehand; colour;
//! visibility; undo/redo. Alt+letter picks a tool, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y.
ToolBar {
    id: bar
    objectName: "annotationToolBar"
    required property AnnotationController controller
    property string tool: "select"
    property string color: "#e53935"
    readonly property string visibility: applicantBox.checked ? "applicant" : "internal"
    //! The list of the document's annotations beside the viewer (Alt+L): shown
    //! when the viewer is wide enough (`wide`) until the official chooses.
    property bool wide: true
    property var listChoice: undefined
    readonly property bool listVisible: listChoice === undefined ? wide : listChoice
    readonly property var colors: ["#e53935", "#ffd400", "#43a047", "#1e88e5"]
    signal exportRequested()

    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Annotation tools")

    component ToolChoice: ToolButton {
        id: choice
        required property string name
        required property string label
        required property string glyph
        required property string keys
        objectName: "tool_" + name
        checkable: true
        checked: bar.tool === name
        enabled: name === "select" || bar.controller.canAnnotate
        text: glyph
        font.pixelSize: Theme.fontSize + 2
        onClicked: bar.tool = name
        Accessible.name: label
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: label + " (" + keys + ")"
        Shortcut {
            sequence: choice.keys
            enabled: choice.enabled
            onActivated: bar.tool = choice.name
        }
    }

    //! Beside a narrow viewer (the dossier screen) the visibility, list and export
    //! buttons go to a second row instead of past the right edge (issue 20 item 9).
    //! A constant width, not the rows' own: what is shown must not change what fits.
    readonly property bool twoRows: width < 820

    GridLayout {
        anchors.fill: parent
        columns: bar.twoRows ? 1 : 2
        rowSpacing: 0
        columnSpacing: 2

        RowLayout {
            spacing: 2
            ToolChoice { name: "select"; glyph: "⬚"; label: qsTr("Select and move"); keys: "Alt+S" }
            ToolChoice { name: "highlight"; glyph: "▌"; label: qsTr("Highlight text"); keys: "Alt+H" }
            ToolChoice { name: "rectangle"; glyph: "▭"; label: qsTr("Rectangle"); keys: "Alt+R" }
            ToolChoice { name: "note"; glyph: "✎"; label: qsTr("Sticky note"); keys: "Alt+N" }
            ToolChoice { name: "free_text"; glyph: "T"; label: qsTr("Free text"); keys: "Alt+T" }
            ToolChoice { name: "ink"; glyph: "~"; label: qsTr("Freehand"); keys: "Alt+D" }

            ToolSeparator { }
            Repeater {
                model: bar.colors
                delegate: ToolButton {
                    id: swatch
                    required property string modelData
                    required property int index
                    objectName: "colour_" + index
                    //! Narrower than a tool (the swatch is 18 px): beside the dossier's
                    //! checklist at 1280 px the tools' row fits the viewer, the redo button
                    //! and "Xuất bản có ghi chú…" below it are no longer cut (issue 20).
                    implicitWidth: 32
                    checkable: true
                    checked: bar.color === modelData
                    onClicked: bar.color = modelData
                    Accessible.name: [qsTr("Red"), qsTr("Yellow"), qsTr("Green"), qsTr("Blue")][index]
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name + " (Alt+" + (index + 1) + ")"
                    //! A round swatch of its own size in the middle, whatever the button's shape.
                    contentItem: Item {
                        implicitWidth: 20
                        implicitHeight: 20
                        Rectangle {
                            anchors.centerIn: parent
                            width: 20
                            height: 20
                            radius: 10
                            color: swatch.modelData
                            border.width: swatch.checked ? 3 : 1
                            border.color: swatch.checked ? Theme.text : Theme.border
                        }
                    }
                    Shortcut {
                        sequence: "Alt+" + (swatch.index + 1)
                        onActivated: bar.color = swatch.modelData
                    }
                }
            }
            ToolButton {
                objectName: "undoButton"
                text: "↶"
                font.pixelSize: Theme.fontSize + 2
                enabled: bar.controller.canUndo
                onClicked: bar.controller.undo()
                Accessible.name: qsTr("Undo %1").arg(bar.controller.undoText)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name + " (Ctrl+Z)"
            }
            ToolButton {
                objectName: "redoButton"
                text: "↷"
                font.pixelSize: Theme.fontSize + 2
                enabled: bar.controller.canRedo
                onClicked: bar.controller.redo()
                Accessible.name: qsTr("Redo %1").arg(bar.controller.redoText)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name + " (Ctrl+Shift+Z)"
            }
        }
        RowLayout {
            objectName: "annotationToolsSecondRow"
            Layout.fillWidth: true
            spacing: 2
            ToolSeparator { visible: !bar.twoRows }
            CheckBox {
                id: applicantBox
                objectName: "applicantVisible"
                //! The short label on a narrow viewer keeps export and the tools on the bar.
                text: bar.twoRows || bar.width > 980 ? qsTr("Visible to the applicant") : qsTr("Applicant sees")
                font.pixelSize: Theme.fontSize
                Accessible.name: qsTr("Visible to the applicant")
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("New annotations are internal (agencies only) unless this is ticked. (Alt+V)")
                Shortcut {
                    sequence: "Alt+V"
                    onActivated: applicantBox.toggle()
                }
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "annotationListButton"
                text: "☰ " + bar.controller.model.count
                font.pixelSize: Theme.fontSize
                checkable: true
                checked: bar.listVisible
                onToggled: bar.listChoice = checked
                Accessible.name: qsTr("List of annotations")
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Show or hide the list of this document's annotations (Alt+L)")
                Shortcut {
                    sequence: "Alt+L"
                    onActivated: bar.listChoice = !bar.listVisible
                }
            }
            ToolButton {
                objectName: "exportButton"
                //! On a narrow viewer only the glyph: the tool bar must not push the undo buttons out.
                text: bar.twoRows || bar.width > 1180 ? qsTr("Export annotated copy…") : "⤓"
                font.pixelSize: Theme.fontSize
                onClicked: bar.exportRequested()
                Accessible.name: qsTr("Export annotated copy")
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Writes a new PDF with the annotations; the original and its signatures stay valid. (Ctrl+E)")
                Shortcut {
                    sequence: "Ctrl+E"
                    onActivated: bar.exportRequested()
                }
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: bar.controller.canUndo
        onActivated: bar.controller.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: bar.controller.canRedo
        onActivated: bar.controller.redo()
    }
}
