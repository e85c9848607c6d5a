// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The signatures of one document: a simple report (the verdict) and, per
//! signature, the detailed report: signer, issuer, signing time, time stamp,
//! each check, and what changed after signing.
Rectangle {
    id: panel
    objectName: "signaturePanel"
    property string sha256
    property string filePath
    readonly property alias model: report
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 24
    Accessible.name: qsTr("Signature details")

    SignatureReportModel {
        id: report
        sha256: panel.sha256
        filePath: panel.filePath
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth
        ColumnLayout {
            id: column
            width: scroll.availableWidth
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Signatures")
                    font.bold: true
                    font.pixelSize: Theme.fontSize + 2
                    Layout.alignment: Qt.AlignTop
                }
                SignatureBadgeLabel {
                    sha256: panel.sha256
                    filePath: panel.filePath
                    font.pixelSize: Theme.fontSize
                    Layout.alignment: Qt.AlignTop
                }
                Item { Layout.fillWidth: true }
            }
            Label {
                visible: report.status === "unsigned"
                text: qsTr("This document carries no digital signature.")
                color: Theme.textMuted
            }
            Label {
                visible: report.error.length > 0
                textFormat: Text.PlainText
                text: report.error
                color: Theme.overdue
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Repeater {
                model: report
                delegate: ColumnLayout {
                    id: sig
                    required property int index
                    required property string signer
                    required property string issuer
                    required property string signingTime
                    required property string timestamp
                    required property string validationTime
                    required property string verdict
                    required property string verdictText
                    required property var checks
                    required property var laterChanges
                    required property string laterChangesDetail
                    required property var problems
                    required property string subFilter
                    required property string level
                    required property string revocation
                    Layout.fillWidth: true
                    spacing: 3
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    Label {
                        text: qsTr("Signature %1: %2").arg(sig.index + 1).arg(sig.verdictText)
                        font.bold: true
                        color: sig.verdict === "valid" ? Theme.ok
                             : sig.verdict === "invalid" ? Theme.overdue : Theme.warning
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: 12
                        rowSpacing: 2
                        Layout.fillWidth: true
                        Key { text: qsTr("Signer") }
                        Value { text: sig.signer; font.bold: true }
                        Key { text: qsTr("Issued by") }
                        Value { text: sig.issuer }
                        Key { text: qsTr("Signing time") }
                        Value { text: sig.signingTime }
                        Key { text: qsTr("Time stamp") }
                        Value { text: sig.timestamp }
                        Key { text: qsTr("Checked at") }
                        Value { text: sig.validationTime }
                        Key { text: qsTr("Format") }
                        Value { text: sig.subFilter }
                        //: PAdES baseline level: B-B basic, B-T time-stamped, B-LT with revocation data, B-LTA archived.
                        Key { text: qsTr("Level") }
                        Value { objectName: "signatureLevel"; text: sig.level }
                        Key { text: qsTr("Revocation"); visible: sig.revocation !== "" }
                        Value { text: sig.revocation; visible: sig.revocation !== "" }
                    }
                    Repeater {
                        model: sig.checks
                        delegate: Label {
                            required property var modelData
                            textFormat: Text.PlainText
                            text: (modelData.ok ? "\u2713 " : "\u2717 ") + modelData.label
                            color: modelData.ok ? Theme.text : Theme.overdue
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Accessible.name: modelData.label + ": " + (modelData.ok ? qsTr("passed") : qsTr("failed"))
                        }
                    }
                    Label {
                        visible: sig.laterChanges.length > 0
                        text: qsTr("Changed after signing:")
                        font.bold: true
                    }
                    Repeater {
                        model: sig.laterChanges
                        delegate: Label {
                            required property string modelData
                            objectName: "laterChange"
                            textFormat: Text.PlainText
                            text: "\u2022 " + modelData
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    TextEdit {
                        visible: sig.laterChangesDetail.length > 0
                        text: qsTr("Technical detail: %1").arg(sig.laterChangesDetail)
                        textFormat: TextEdit.PlainText
                        readOnly: true
                        selectByMouse: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSize - 2
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 18
                    }
                    //! Each problem in words an official understands; the technical text
                    //! (OpenSSL's, for support) below it, smaller, selectable.
                    Repeater {
                        model: sig.problems
                        delegate: ColumnLayout {
                            id: problem
                            required property var modelData
                            objectName: "signatureProblem"
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: "\u26A0 " + problem.modelData.text
                                color: Theme.overdue
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            TextEdit {
                                //: Technical detail of a signature problem, for support staff.
                                text: qsTr("Technical detail: %1").arg(problem.modelData.detail)
                                textFormat: TextEdit.PlainText
                                readOnly: true
                                selectByMouse: true
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSize - 2
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Layout.leftMargin: 18
                            }
                        }
                    }
                }
            }
        }
    }

    //! The grid's two columns, top-aligned: a wrapped value first laid out at a narrow
    //! width makes its row tall for a moment, and a centred key stayed where that row's
    //! middle was (it overlapped the checks below).
    component Key: Label {
        color: Theme.textMuted
        Layout.alignment: Qt.AlignTop | Qt.AlignLeft
    }
    component Value: Label {
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop | Qt.AlignLeft
    }
}
