// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Reuse (tái sử dụng kết quả số hóa): the applicant's documents already digitized
//! in the e-data warehouse, cached for offline use, each with "Attach" so the
//! citizen is not asked for it again. The rules live in ReuseModel.
ColumnLayout {
    id: panel
    objectName: "reusePanel"
    required property string dossierId
    readonly property alias model: reuse
    spacing: Theme.spacing

    //! Keyboard: Up/Down choose a document, Enter attaches it.
    function focusList() {
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
        list.forceActiveFocus()
    }

    ReuseModel {
        id: reuse
        dossierId: panel.dossierId
    }

    Label {
        objectName: "reuseIntro"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize - 1
        text: !reuse.cached
              ? qsTr("The documents of applicant %1 in the e-data warehouse have not been downloaded yet. Sync while online.").arg(reuse.applicantIdNumber)
              : reuse.count === 0
                ? qsTr("Applicant %1 has no digitized documents in the e-data warehouse.").arg(reuse.applicantIdNumber)
                : qsTr("Digitized documents of applicant %1: attach one instead of asking the citizen again.").arg(reuse.applicantIdNumber)
                  + (reuse.fetchedText.length > 0 ? " (" + reuse.fetchedText + ")" : "")
    }
    Label {
        objectName: "reuseError"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        visible: reuse.error.length > 0
        textFormat: Text.PlainText
        text: reuse.error
        wrapMode: Text.WordWrap
        color: Theme.overdue
    }

    ListView {
        id: list
        objectName: "reuseList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: reuse
        keyNavigationEnabled: true
        Accessible.name: qsTr("Documents in the e-data warehouse")
        Accessible.role: Accessible.List
        //! Enter attaches the current document.
        Keys.onReturnPressed: if (currentItem) currentItem.attachIfPossible()
        Keys.onEnterPressed: if (currentItem) currentItem.attachIfPossible()

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string name
            required property string documentCode
            required property string issuingDossier
            required property string issuedText
            required property string kindText
            required property bool attached
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: name + ", " + (attached ? qsTr("attached") : qsTr("not attached"))
            onClicked: list.currentIndex = index
            function attachIfPossible() {
                if (!row.attached && reuse.canAttach)
                    reuse.attach(row.index)
            }
            contentItem: RowLayout {
                spacing: 10
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: row.name
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.bold: row.highlighted
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSize - 2
                        wrapMode: Text.WordWrap
                        textFormat: Text.PlainText
                        text: [row.documentCode.length > 0 ? qsTr("Code %1").arg(row.documentCode) : "",
                               qsTr("issued by dossier %1").arg(row.issuingDossier),
                               row.issuedText].filter(s => s.length > 0).join(" · ")
                    }
                }
                Label {
                    visible: row.attached
                    text: qsTr("✔ Attached")
                    color: Theme.ok
                    font.bold: true
                }
                Button {
                    objectName: "attachButton" + row.index
                    visible: !row.attached
                    enabled: reuse.canAttach
                    text: qsTr("Attach")
                    Accessible.name: qsTr("Attach %1 to this dossier").arg(row.name)
                    ToolTip.visible: hovered && !reuse.canAttach
                    ToolTip.text: qsTr("Attaching is possible while the dossier is received, in review or waiting for a supplement, for officials of the holding agency.")
                    onClicked: row.attachIfPossible()
                }
            }
        }
    }
}
