// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! One indicator: value against target with its red/amber/green, the trend
//! against the previous period, and the counts. The value and the counts open
//! the inbox on exactly the dossiers behind them.
Rectangle {
    id: tile
    required property string indicatorId
    required property string name
    required property string nameEn
    required property string valueText
    required property string targetText
    required property string trendText
    required property real trend
    required property string rag
    required property string countText
    required property int missing
    required property string scoreText
    property bool selected: false
    readonly property string displayName: AppController.language === "en" ? nameEn : name

    signal chosen()
    signal drillDown(string which)

    objectName: "tile_" + indicatorId
    implicitWidth: 260
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: 6
    border.width: selected ? 2 : 1
    border.color: selected ? Theme.primary : Theme.border
    Accessible.role: Accessible.Button
    Accessible.name: displayName + ": " + valueText + ", " + targetText

    readonly property color ragColor: rag === "green" ? Theme.ok : rag === "amber" ? Theme.warning
                                     : rag === "red" ? Theme.overdue : Theme.textMuted
    readonly property string ragText: rag === "green" ? qsTr("Met") : rag === "amber" ? qsTr("Nearly met")
                                      : rag === "red" ? qsTr("Not met") : qsTr("No data")

    Rectangle {
        width: 6
        height: parent.height
        radius: 3
        color: tile.ragColor
    }
    MouseArea {
        anchors.fill: parent
        onClicked: tile.chosen()
    }
    //! Every text either wraps or elides inside the tile's width, in Vietnamese
    //! (longer) as in English: texts that could overflow shrink with
    //! Layout.fillWidth up to their own width (Layout.maximumWidth) and elide.
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.spacing + 8
        spacing: 2
        Label {
            objectName: "tileName"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: tile.displayName
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.text
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "tileValue"
                text: tile.valueText
                font.pixelSize: 28
                font.bold: true
                color: tile.ragColor
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: tile.drillDown("numerator")
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: tile.ragText
                    color: tile.ragColor
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: tile.targetText
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "tileScore"
                    Layout.fillWidth: true
                    text: tile.scoreText
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: tile.trendText
            elide: Text.ElideRight
            color: isNaN(tile.trend) ? Theme.textMuted : tile.trend >= 0 ? Theme.ok : Theme.overdue
        }
        //! The counts side by side when they fit, else one under the other (a narrow
        //! tile in Vietnamese): never elided, they are what the supervisor clicks.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            LinkLabel {
                objectName: "tileCount"
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("%1 dossiers").arg(tile.countText)
                elide: Text.ElideRight
                onActivated: tile.drillDown("denominator")
            }
            LinkLabel {
                objectName: "tileMissing"
                width: Math.min(implicitWidth, parent.width)
                visible: tile.missing > 0
                text: qsTr("%n not counted", "", tile.missing)
                color: Theme.overdue
                elide: Text.ElideRight
                onActivated: tile.drillDown("missing")
            }
        }
    }
}
