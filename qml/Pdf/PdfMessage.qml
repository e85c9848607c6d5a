// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

//! The viewer's message for a document that cannot be shown (the app stays up).
Rectangle {
    id: box
    property string title
    property string message

    implicitHeight: column.implicitHeight + 40
    radius: 6
    color: "#fff4f2"
    border.color: "#d9534f"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title + ". " + message

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 20
        spacing: 8
        Label {
            Layout.fillWidth: true
            text: "\u26A0  " + box.title
            font.bold: true
            font.pixelSize: 18
            color: "#8a1f11"
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "errorText"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: box.message
            font.pixelSize: 14
            color: "#3a3a3a"
            wrapMode: Text.WordWrap
        }
    }
}
