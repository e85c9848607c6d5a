// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! The translated check error of one payload field, shown under that field.
//! With `value` bound to the field's content, the error goes as soon as the
//! official changes what was checked (a reason typed after "A reason is
//! required." must not stay red until the next confirm).
Label {
    id: fieldError
    required property var controller
    required property string field
    property var value: undefined
    //! The value the shown error is about.
    property var checkedValue: undefined
    readonly property string message: controller.fieldErrors[field] || ""
    readonly property bool shown: message.length > 0 && value === checkedValue
    onMessageChanged: checkedValue = value
    Layout.fillWidth: true
    text: shown ? message : ""
    visible: shown
    color: Theme.overdue
    wrapMode: Text.WordWrap
    Accessible.name: text
}
