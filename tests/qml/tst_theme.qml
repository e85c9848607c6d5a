// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua

//! Accessibility: every foreground/background pair of the theme that the
//! screens use for text reaches WCAG 2.1 AA (contrast ratio ≥ 4.5:1).
TestCase {
    name: "Theme"

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_contrastRatios_data() {
        // [foreground, background] as the screens pair them.
        const pairs = [
            ["text", "background"], ["text", "surface"], ["text", "offlineBackground"], ["text", "selection"],
            ["textMuted", "background"], ["textMuted", "surface"], ["textMuted", "offlineBackground"],
            ["primary", "background"], ["primary", "surface"], ["primary", "selection"],
            ["overdue", "surface"], ["overdue", "background"], ["overdue", "offlineBackground"],
            ["warning", "surface"], ["warning", "background"], ["warning", "offlineBackground"],
            ["ok", "surface"], ["ok", "background"],
            ["surface", "primary"], ["surface", "primaryDark"]
        ]
        return pairs.map(p => ({ tag: p[0] + " on " + p[1], fg: p[0], bg: p[1] }))
    }
    function test_contrastRatios(data) {
        const ratio = contrast(Theme[data.fg], Theme[data.bg])
        verify(ratio >= 4.5, data.tag + ": " + ratio.toFixed(2) + ":1, WCAG AA needs 4.5:1")
    }

    function test_formulaIsRight() {
        // Known values: black on white is 21:1, a colour on itself 1:1.
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.01)
        fuzzyCompare(contrast(Qt.color("#777777"), Qt.color("#ffffff")), 4.48, 0.01)
        fuzzyCompare(contrast(Theme.primary, Theme.primary), 1, 0.001)
    }
}
