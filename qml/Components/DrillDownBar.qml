// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Above a list that shows exactly the dossiers behind a dashboard number:
//! what they are, and the way back to the whole view.
Rectangle {
    id: bar
    objectName: "drillDownBar"
    required property string title
    signal cleared()

    implicitHeight: row.implicitHeight + Theme.spacing
    color: Theme.selection
    border.color: Theme.primary
    radius: 4

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        Label {
            Layout.fillWidth: true
            text: qsTr("From the dashboard: %1").arg(bar.title)
            wrapMode: Text.WordWrap
            color: Theme.text
            font.bold: true
        }
        Button {
            objectName: "drillDownClear"
            text: qsTr("Show the whole view")
            Accessible.name: text
            onClicked: bar.cleared()
        }
    }
}
