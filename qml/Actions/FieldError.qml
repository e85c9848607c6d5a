// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! The translated check error of one payload field, shown under that field.
Label {
    required property var controller
    required property string field
    Layout.fillWidth: true
    text: controller.fieldErrors[field] || ""
    visible: text.length > 0
    color: Theme.overdue
    wrapMode: Text.WordWrap
    Accessible.name: text
}
