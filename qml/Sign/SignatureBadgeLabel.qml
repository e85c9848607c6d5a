// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The signature state of one document, from the validator (never from the
//! server's `signed` flag): colour, icon and text, so colour is not the only cue.
//! The text also says what was added after signing (annotations, form fill), since
//! an annotation can cover the signed content, and "too complex" / "damaged PDF"
//! when the document was refused.
Label {
    id: badge
    required property string sha256
    required property string filePath
    readonly property string status: state.status
    objectName: "signatureBadge"
    visible: state.status.length > 0
    text: state.icon + " " + state.text
    wrapMode: Text.WordWrap
    Layout.fillWidth: true
    font.pixelSize: Theme.fontSize - 2
    font.bold: state.status !== "unsigned" && state.status !== "pending"
    color: state.status === "valid" ? Theme.ok
         : state.status === "untrusted" || state.status === "modified"
           || state.status === "too_complex" || state.status === "malformed" ? Theme.warning
         : state.status === "invalid" || state.status === "error" ? Theme.overdue
         : Theme.textMuted
    Accessible.name: qsTr("Signature: %1").arg(state.text)

    SignatureBadge {
        id: state
        sha256: badge.sha256
        filePath: badge.filePath
    }
}
