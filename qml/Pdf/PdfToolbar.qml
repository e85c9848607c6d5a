// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

//! The viewer's tool bar. Every action here has a key (see PdfViewer's Keys).
ToolBar {
    id: bar
    required property Item viewer

    //! Narrow viewers (the dossier screen's) put the search on a second row and
    //! drop the least used buttons, whose keys still work, instead of cutting the
    //! last buttons off at the right (issue 20 item 9).
    //! Constant widths, not the rows' own: what is shown must not change what fits.
    readonly property bool twoRows: width < 900
    readonly property bool roomForFit: !twoRows || width >= 480
    readonly property bool roomForRotate: !twoRows || width >= 600

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    component ToolButtonWithTip: ToolButton {
        id: tb
        property string tip
        ToolTip.visible: hovered && tip.length > 0
        ToolTip.text: tip
        ToolTip.delay: 500
        Accessible.name: tip
        focusPolicy: Qt.NoFocus
        font.pixelSize: 16
    }

    GridLayout {
        anchors.fill: parent
        columns: bar.twoRows ? 1 : 2
        rowSpacing: 0
        columnSpacing: 2

        RowLayout {
            id: pageRow
            spacing: 2

            ToolButtonWithTip {
                objectName: "thumbnailsButton"
                text: "\u2630"
                tip: qsTr("Show or hide thumbnails")
                checkable: true
                checked: bar.viewer.thumbnailsVisible
                onToggled: bar.viewer.thumbnailsVisible = checked
            }
            ToolButtonWithTip {
                text: "\u25B2"
                tip: qsTr("Previous page (Page Up)")
                enabled: bar.viewer.currentPage > 0
                onClicked: bar.viewer.goToPage(bar.viewer.currentPage - 1)
            }
            TextField {
                id: pageField
                objectName: "pageField"
                Layout.preferredWidth: 52
                horizontalAlignment: TextInput.AlignHCenter
                text: bar.viewer.currentPage + 1
                validator: IntValidator { bottom: 1; top: Math.max(1, bar.viewer.pageCount) }
                Accessible.name: qsTr("Page number")
                onAccepted: {
                    bar.viewer.goToPage(parseInt(text) - 1);
                    bar.viewer.focusPages();
                }
            }
            Label {
                objectName: "pageCountLabel"
                text: qsTr("of %1").arg(bar.viewer.pageCount)
            }
            ToolButtonWithTip {
                text: "\u25BC"
                tip: qsTr("Next page (Page Down)")
                enabled: bar.viewer.currentPage < bar.viewer.pageCount - 1
                onClicked: bar.viewer.goToPage(bar.viewer.currentPage + 1)
            }
            ToolSeparator { }
            ToolButtonWithTip {
                objectName: "zoomOutButton"
                text: "\u2212"
                tip: qsTr("Zoom out (-)")
                onClicked: bar.viewer.zoomOut()
            }
            Label {
                objectName: "zoomLabel"
                Layout.preferredWidth: 48
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("%1%").arg(Math.round(bar.viewer.zoom * 100))
                Accessible.name: qsTr("Zoom %1 percent").arg(Math.round(bar.viewer.zoom * 100))
            }
            ToolButtonWithTip {
                objectName: "zoomInButton"
                text: "+"
                tip: qsTr("Zoom in (+)")
                onClicked: bar.viewer.zoomIn()
            }
            ToolButtonWithTip {
                objectName: "fitWidthButton"
                visible: bar.roomForFit
                text: "\u2194"
                tip: qsTr("Fit width")
                checkable: true
                checked: bar.viewer.fitMode === "width"
                onClicked: bar.viewer.fitWidth()
            }
            ToolButtonWithTip {
                objectName: "fitPageButton"
                visible: bar.roomForFit
                text: "\u2195"
                tip: qsTr("Fit page")
                checkable: true
                checked: bar.viewer.fitMode === "page"
                onClicked: bar.viewer.fitPage()
            }
            ToolSeparator { visible: bar.roomForRotate }
            ToolButtonWithTip {
                objectName: "rotateLeftButton"
                visible: bar.roomForRotate
                text: "\u21BA"
                tip: qsTr("Rotate page left (Ctrl+Shift+R)")
                onClicked: bar.viewer.rotateCurrentPage(-90)
            }
            ToolButtonWithTip {
                objectName: "rotateRightButton"
                visible: bar.roomForRotate
                text: "\u21BB"
                tip: qsTr("Rotate page right (Ctrl+R)")
                onClicked: bar.viewer.rotateCurrentPage(90)
            }
        }
        RowLayout {
            objectName: "searchRow"
            Layout.fillWidth: true
            spacing: 2
            Item { Layout.fillWidth: true; visible: !bar.twoRows }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.preferredWidth: 220
                Layout.minimumWidth: 90
                Layout.fillWidth: true
                Layout.maximumWidth: 260
                placeholderText: qsTr("Search in document (Ctrl+F)")
                Accessible.name: qsTr("Search in document")
                onTextEdited: searchDelay.restart()
                function submit(event) {
                    //! Enter searches, then moves to the next hit (Shift+Enter: previous).
                    const pending = searchDelay.running;
                    searchDelay.stop();
                    //! While the search for this text is on its way, Enter must not skip its first hit.
                    const searching = pending || bar.viewer.searchModel.busy;
                    if (bar.viewer.searchModel.text !== text)
                        bar.viewer.searchModel.text = text;
                    else if (!searching && (event.modifiers & Qt.ShiftModifier))
                        bar.viewer.findPrevious();
                    else if (!searching)
                        bar.viewer.findNext();
                    event.accepted = true;
                }
                Keys.onReturnPressed: (event) => submit(event)
                Keys.onEnterPressed: (event) => submit(event)
                Keys.onEscapePressed: {
                    text = "";
                    bar.viewer.searchModel.text = "";
                    bar.viewer.focusPages();
                }
                //! Text set from outside (e.g. the dossier screen) shows in the field.
                Connections {
                    target: bar.viewer.searchModel
                    function onTextChanged() {
                        if (searchField.text !== bar.viewer.searchModel.text && !searchDelay.running)
                            searchField.text = bar.viewer.searchModel.text;
                    }
                }
                Timer {
                    id: searchDelay
                    interval: 300
                    onTriggered: bar.viewer.searchModel.text = searchField.text
                }
            }
            Label {
                objectName: "hitLabel"
                Layout.minimumWidth: 70
                elide: Text.ElideRight
                Layout.maximumWidth: 110
                horizontalAlignment: Text.AlignHCenter
                text: bar.viewer.searchModel.busy ? qsTr("Searching…")
                      : bar.viewer.searchModel.text.length === 0 ? ""
                      : bar.viewer.searchModel.count === 0 ? qsTr("No results")
                      : qsTr("%1 of %2").arg(bar.viewer.searchModel.currentIndex + 1).arg(bar.viewer.searchModel.count)
            }
            ToolButtonWithTip {
                text: "\u2191"
                tip: qsTr("Previous result (Shift+F3)")
                enabled: bar.viewer.searchModel.count > 0
                onClicked: bar.viewer.findPrevious()
            }
            ToolButtonWithTip {
                text: "\u2193"
                tip: qsTr("Next result (F3)")
                enabled: bar.viewer.searchModel.count > 0
                onClicked: bar.viewer.findNext()
            }
        }
    }
}
