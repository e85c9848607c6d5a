// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Settings › Secure connection: the certificate pins the province set, read
//! only (they come from the computer's system settings, written by the IT department).
ColumnLayout {
    id: section
    objectName: "tlsPinSection"
    spacing: 6
    readonly property alias settings: pinSettings

    TlsPinSettings { id: pinSettings }

    Label { text: qsTr("Secure connection"); font.bold: true; font.pixelSize: Theme.fontSize }
    Label {
        objectName: "tlsPinSummary"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: pinSettings.pins.length > 0
              ? qsTr("The province pinned the certificate keys below: a server that does not show one of them is refused, even with a valid certificate.")
              : qsTr("The province has not pinned any certificate key: servers are checked with the usual certificate verification.")
    }
    Repeater {
        model: pinSettings.pins
        delegate: ColumnLayout {
            id: pinRow
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                text: pinRow.modelData.host
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideMiddle
            }
            Repeater {
                model: pinRow.modelData.pins
                delegate: Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    text: modelData
                    font.family: "monospace"
                    color: Theme.textMuted
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        color: Theme.textMuted
        text: qsTr("Set by the IT department in %1 (read only).").arg(pinSettings.source)
    }
}
