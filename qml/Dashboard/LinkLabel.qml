// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua

//! A number that opens the dossiers behind it (click, or Enter when focused).
Label {
    id: link
    signal activated()
    color: Theme.primary
    font.underline: hover.hovered || activeFocus
    activeFocusOnTab: true
    Accessible.role: Accessible.Link
    Accessible.name: text
    Keys.onReturnPressed: link.activated()
    Keys.onSpacePressed: link.activated()
    HoverHandler { id: hover; cursorShape: Qt.PointingHandCursor }
    TapHandler { onTapped: link.activated() }
}
