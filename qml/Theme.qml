// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

//! Colours and sizes shared by every screen.
QtObject {
    readonly property color primary: "#b71c1c"
    readonly property color primaryDark: "#7f0000"
    readonly property color background: "#f5f5f5"
    readonly property color surface: "#ffffff"
    readonly property color text: "#212121"
    readonly property color textMuted: "#616161"
    readonly property color overdue: "#c62828"
    readonly property color warning: "#a84300" // 6:1 on white (WCAG AA)
    readonly property color ok: "#2e7d32"
    readonly property color border: "#e0e0e0"
    readonly property color offlineBackground: "#fff3e0"
    readonly property color selection: "#ffebee"
    readonly property int spacing: 8
    readonly property int fontSize: 14
    readonly property int titleSize: 20
}
