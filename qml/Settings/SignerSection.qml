// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Settings › Digital signature: the key that signs (a PKCS#11 token of a
//! Vietnamese CA or a PKCS#12 file), the trust store for incoming signatures,
//! and the signature and red seal images drawn on signed results.
ColumnLayout {
    id: section
    objectName: "signerSection"
    spacing: 8
    readonly property alias settings: signer
    readonly property alias trustStore: trust

    SignerSettings {
        id: signer
        Component.onCompleted: if (kind === "pkcs11" && module.length > 0) refresh()
    }
    TrustStoreSettings { id: trust }

    Label { text: qsTr("Digital signature"); font.bold: true; font.pixelSize: Theme.fontSize }
    Label {
        objectName: "signerSummary"
        textFormat: Text.PlainText
        text: signer.summary
        color: signer.complete ? Theme.text : Theme.warning
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    RowLayout {
        RadioButton {
            objectName: "kindToken"
            text: qsTr("USB token (PKCS#11)")
            Accessible.name: text
            checked: signer.kind === "pkcs11"
            onClicked: signer.kind = "pkcs11"
        }
        RadioButton {
            objectName: "kindFile"
            text: qsTr("Certificate file (PKCS#12: .p12, .pfx)")
            Accessible.name: text
            checked: signer.kind === "pkcs12"
            onClicked: signer.kind = "pkcs12"
        }
    }

    GridLayout {
        visible: signer.kind === "pkcs11"
        columns: 3
        columnSpacing: 8
        Layout.fillWidth: true
        Label { text: qsTr("Token vendor") }
        ComboBox {
            id: vendor
            objectName: "moduleCombo"
            Layout.fillWidth: true
            Accessible.name: qsTr("Token vendor")
            textRole: "label"
            model: signer.knownModules.map(m => ({ label: m.vendor + " (" + m.fileNames + ")"
                                                    + (m.path.length > 0 ? "" : " — " + qsTr("not installed")),
                                                   path: m.path }))
            currentIndex: Math.max(0, signer.knownModules.findIndex(m => m.path.length > 0 && m.path === signer.module))
            onActivated: i => { if (model[i].path.length > 0) { signer.module = model[i].path; signer.refresh() } }
        }
        Button {
            text: qsTr("Browse…")
            Accessible.name: qsTr("Browse for another token library")
            onClicked: moduleDialog.open()
        }
        Label { text: qsTr("Library") }
        Label {
            objectName: "modulePath"
            text: signer.module.length > 0 ? signer.module : qsTr("none chosen")
            color: Theme.textMuted
            elide: Text.ElideMiddle
            Layout.fillWidth: true
            Layout.columnSpan: 2
        }
        Label { text: qsTr("Token") }
        ComboBox {
            objectName: "tokenCombo"
            Layout.fillWidth: true
            Accessible.name: qsTr("Token")
            model: signer.tokens.map(t => t.label + (t.description.length > 0 ? " — " + t.description : ""))
            currentIndex: Math.max(0, signer.tokens.findIndex(t => t.label === signer.token))
            onActivated: i => { signer.token = signer.tokens[i].label; signer.refresh() }
        }
        Button {
            text: signer.loading ? qsTr("Looking…") : qsTr("Refresh")
            enabled: !signer.loading
            Accessible.name: qsTr("Look for tokens again")
            onClicked: signer.refresh()
        }
    }

    ListView {
        id: certList
        objectName: "certificateList"
        visible: signer.kind === "pkcs11" && count > 0
        Layout.fillWidth: true
        implicitHeight: Math.min(contentHeight, 140)
        clip: true
        Accessible.name: qsTr("Certificates on the token")
        model: signer.certificates
        delegate: ItemDelegate {
            id: cert
            required property var modelData
            width: ListView.view.width
            highlighted: modelData.label === signer.key
            Accessible.name: modelData.subject + ", " + modelData.issuer
            onClicked: signer.key = modelData.label
            contentItem: ColumnLayout {
                spacing: 1
                Label { text: (cert.highlighted ? "\u25C9 " : "\u25CB ") + cert.modelData.subject; font.bold: cert.highlighted }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Issued by %1 · %2").arg(cert.modelData.issuer).arg(cert.modelData.validity)
                          + (cert.modelData.expired ? " · " + qsTr("EXPIRED") : "")
                    color: cert.modelData.expired ? Theme.overdue : Theme.textMuted
                    font.pixelSize: Theme.fontSize - 2
                }
            }
        }
    }

    RowLayout {
        visible: signer.kind === "pkcs12"
        Label { text: qsTr("Certificate file") }
        Label {
            objectName: "p12Path"
            text: signer.p12.length > 0 ? signer.p12 : qsTr("none chosen")
            color: Theme.textMuted
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Choose…")
            Accessible.name: qsTr("Choose a certificate file")
            onClicked: p12Dialog.open()
        }
    }

    Label {
        objectName: "signerError"
        visible: text.length > 0
        textFormat: Text.PlainText
        text: signer.error
        color: Theme.overdue
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    Label { text: qsTr("Images on signed results (Decree 30/2020)"); font.bold: true; Layout.topMargin: 8 }
    GridLayout {
        columns: 4
        columnSpacing: 8
        Label { text: qsTr("Signature image") }
        Image {
            source: signer.signatureImage.length > 0 ? "file:" + signer.signatureImage : ""
            sourceSize.height: 40
            Layout.preferredHeight: 40
            Layout.preferredWidth: 100
            fillMode: Image.PreserveAspectFit
        }
        Label { text: signer.signatureImage.length > 0 ? "" : qsTr("none chosen"); color: Theme.textMuted }
        Button {
            text: qsTr("Choose…")
            Accessible.name: qsTr("Choose the signature image")
            onClicked: { imageDialog.seal = false; imageDialog.open() }
        }
        Label { text: qsTr("Agency seal") }
        Image {
            source: signer.sealImage.length > 0 ? "file:" + signer.sealImage : ""
            sourceSize.height: 40
            Layout.preferredHeight: 40
            Layout.preferredWidth: 100
            fillMode: Image.PreserveAspectFit
        }
        Label { text: signer.sealImage.length > 0 ? "" : qsTr("none chosen"); color: Theme.textMuted }
        Button {
            text: qsTr("Choose…")
            Accessible.name: qsTr("Choose the agency's seal image")
            onClicked: { imageDialog.seal = true; imageDialog.open() }
        }
    }

    Label { text: qsTr("Trusted certificate authorities"); font.bold: true; Layout.topMargin: 8 }
    Label {
        text: qsTr("Folder: %1").arg(trust.trustDir)
        color: Theme.textMuted
        elide: Text.ElideMiddle
        Layout.fillWidth: true
    }
    Repeater {
        model: trust.trusted
        delegate: Label {
            required property var modelData
            text: "\u2022 " + modelData.subject + " — " + modelData.validity
            color: Theme.text
        }
    }
    RowLayout {
        spacing: 8
        Button {
            objectName: "addTrustButton"
            text: qsTr("Add certificate…")
            Accessible.name: qsTr("Add a trusted root or intermediate certificate")
            onClicked: trustDialog.open()
        }
        Button {
            objectName: "importBundleButton"
            text: qsTr("Import province bundle…")
            //: The PEM file a province issues with the national root CA and the licensed CAs.
            Accessible.name: qsTr("Import the trust bundle of the national root CA and the licensed CAs")
            onClicked: bundleDialog.open()
        }
    }
    Label {
        objectName: "trustError"
        visible: text.length > 0
        text: trust.error
        color: Theme.overdue
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        id: bundleResultLabel
        objectName: "bundleResult"
        property int added: -1
        visible: added > 0
        text: qsTr("%n certificate(s) of the bundle are trusted.", "", added)
        color: Theme.ok
    }

    FileDialog {
        id: moduleDialog
        title: qsTr("Token library")
        nameFilters: [qsTr("Libraries (*.so *.dll *.dylib)"), qsTr("All files (*)")]
        onAccepted: { signer.module = selectedFile.toString(); signer.refresh() }
    }
    FileDialog {
        id: p12Dialog
        title: qsTr("Certificate file")
        nameFilters: [qsTr("Certificate files (*.p12 *.pfx)"), qsTr("All files (*)")]
        onAccepted: signer.p12 = selectedFile.toString()
    }
    FileDialog {
        id: imageDialog
        property bool seal: false
        title: seal ? qsTr("Agency seal image") : qsTr("Signature image")
        nameFilters: [qsTr("PNG images (*.png)")]
        onAccepted: seal ? signer.sealImage = selectedFile.toString() : signer.signatureImage = selectedFile.toString()
    }
    FileDialog {
        id: bundleDialog
        title: qsTr("Province trust bundle")
        nameFilters: [qsTr("PEM bundles (*.pem *.crt)"), qsTr("All files (*)")]
        onAccepted: bundleResultLabel.added = trust.importTrustBundle(selectedFile.toString())
    }
    FileDialog {
        id: trustDialog
        title: qsTr("Trusted certificate")
        nameFilters: [qsTr("Certificates (*.pem *.crt *.cer *.der)"), qsTr("All files (*)")]
        onAccepted: trust.addTrustedCertificate(selectedFile.toString())
    }
}
