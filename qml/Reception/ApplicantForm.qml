// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Step 2: the applicant by ID number, filled from the population records when
//! online (marked verified) and always editable (then "typed by hand").
GridLayout {
    id: form
    objectName: "applicantForm"
    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: 4
    readonly property var applicant: ReceptionController.applicant

    Label {
        Layout.columnSpan: 2
        text: qsTr("2. Applicant")
        font.bold: true
        color: Theme.primary
    }
    Label { text: qsTr("ID number") }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: idField
            objectName: "applicantIdField"
            Layout.fillWidth: true
            text: form.applicant.idNumber
            placeholderText: qsTr("CCCD, 12 digits")
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("ID number")
            onTextEdited: form.applicant.idNumber = text
            onAccepted: ReceptionController.lookUpApplicant()
        }
        Button {
            objectName: "lookupButton"
            text: qsTr("Look up")
            enabled: !form.applicant.lookingUp && idField.text.length > 0
            onClicked: ReceptionController.lookUpApplicant()
        }
    }
    Label { text: qsTr("Full name") }
    TextField {
        objectName: "applicantNameField"
        Layout.fillWidth: true
        text: form.applicant.name
        Accessible.name: qsTr("Full name")
        onTextEdited: form.applicant.name = text
    }
    Label { text: qsTr("Address") }
    //! Wrapped on as many lines as it takes: the official checks the whole address with the
    //! citizen (in one line the start of a long Vietnamese address scrolled out of sight).
    TextArea {
        id: addressField
        objectName: "applicantAddressField"
        Layout.fillWidth: true
        text: form.applicant.address
        wrapMode: TextEdit.Wrap
        Accessible.name: qsTr("Address")
        onTextChanged: if (text !== form.applicant.address) form.applicant.address = text
        background: Rectangle {
            implicitWidth: 200
            implicitHeight: 40
            color: addressField.palette.base
            border.width: addressField.activeFocus ? 2 : 1
            border.color: addressField.activeFocus ? addressField.palette.highlight : addressField.palette.mid
        }
    }
    Label { text: qsTr("Phone") }
    TextField {
        objectName: "applicantPhoneField"
        Layout.fillWidth: true
        text: form.applicant.phone
        Accessible.name: qsTr("Phone")
        onTextEdited: form.applicant.phone = text
    }
    Label { text: qsTr("Email") }
    TextField {
        objectName: "applicantEmailField"
        Layout.fillWidth: true
        text: form.applicant.email
        Accessible.name: qsTr("Email")
        onTextEdited: form.applicant.email = text
    }
    Label {
        objectName: "applicantSource"
        Layout.columnSpan: 2
        Layout.fillWidth: true
        text: (form.applicant.verified ? "\u2714 " : "\u270E ") + form.applicant.sourceText
        color: form.applicant.verified ? Theme.ok : Theme.warning
        wrapMode: Text.WordWrap
    }
}
