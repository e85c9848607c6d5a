// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Reuse at reception: the applicant's documents already digitized in the e-data
//! warehouse (ReuseModel, the dossier screen's reuse list, by ID number here), each
//! usable for the current component so the citizen is not asked for it again.
ColumnLayout {
    id: box
    objectName: "receptionReuse"
    spacing: 2

    ReuseModel {
        id: reuse
        applicantIdNumber: ReceptionController.applicant.idNumber
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Reuse from the e-data warehouse")
        font.bold: true
        color: Theme.primary
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: reuse.count === 0
        text: reuse.applicantIdNumber.length === 0
              ? qsTr("Enter the applicant's ID number to see their digitized documents.")
              : qsTr("No digitized documents of %1 are cached on this computer.").arg(reuse.applicantIdNumber)
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSize - 1
    }
    ListView {
        id: list
        objectName: "receptionReuseList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 180)
        visible: reuse.count > 0
        clip: true
        model: reuse
        delegate: ItemDelegate {
            id: row
            required property string name
            required property string documentCode
            required property string issuedText
            required property string sha256
            width: ListView.view.width
            onClicked: ReceptionController.reuseDocument(sha256)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Use for this component")
            Accessible.name: name + ", " + qsTr("Use for this component")
            contentItem: Label {
                text: row.name + (row.documentCode.length > 0 ? " · " + row.documentCode : "") + " · " + row.issuedText
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.fontSize - 1
            }
        }
    }
    Button {
        objectName: "papersInsteadButton"
        visible: reuse.count > 0
        text: qsTr("Papers instead")
        enabled: ReceptionController.components.currentIndex >= 0
        onClicked: ReceptionController.reuseDocument("")
    }
}
