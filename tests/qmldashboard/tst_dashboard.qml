// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The dashboard (Ctrl+3) over a real cache: a tile per indicator of the
//! province's set with value, target and status, scores, the chart, the
//! breakdown, periods, and a click on a number opening exactly its dossiers.
Item {
    id: root
    width: 1500
    height: 950

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Dashboard"
        when: windowShown

        function init() {
            TestHelper.reset()
            TestHelper.setSignedIn(true, "Trần Văn Bình", "Sở Tư pháp tỉnh Quảng Nam")
            AppController.language = "vi"
            shell.currentIndex = 0
            while (shell.inboxStack.depth > 1)
                shell.inboxStack.pop(null, StackView.Immediate)
            shell.inboxStack.get(0).model.showAll()
        }

        function dashboard() {
            keyClick(Qt.Key_3, Qt.ControlModifier)
            tryCompare(shell, "currentIndex", 2)
            let page = null
            tryVerify(() => (page = findChild(shell, "dashboardPage")) !== null)
            return page
        }

        function tile(page, id) {
            let t = null
            tryVerify(() => (t = findChild(page, "tile_" + id)) !== null)
            return t
        }

        //! Every visible text and control of the dashboard that reaches past the window
        //! sideways (or below it, outside a scrolled pane), reaches out of its indicator
        //! tile, or is cut off (wider than its box, neither elided nor wrapped).
        function overflows(page) {
            const out = []
            const W = root.width, H = root.height
            function describe(item) {
                const path = []
                for (let p = item; p && path.length < 4; p = p.parent)
                    path.push(p.objectName || String(p).split("(")[0])
                return path.join("<") + (item.text !== undefined ? " '" + item.text + "'" : "")
            }
            function walk(item, tile, scrolled) {
                if (!item.visible || item.opacity === 0)
                    return
                const p = item.mapToItem(root, 0, 0)
                const right = p.x + item.width, bottom = p.y + item.height
                //! Plain containers draw nothing (a list's content item keeps its old width
                //! a moment): what they hold is checked itself.
                const draws = !/^QQuick(Item|RowLayout|ColumnLayout|GridLayout|Flow|Row|Column)\(/.test(String(item))
                if (draws && item.width > 0 && (right > W + 1 || p.x < -1))
                    out.push(describe(item) + ": x " + Math.round(p.x) + ".." + Math.round(right) + " outside 0.." + W)
                if (draws && !scrolled && item.height > 0 && bottom > H + 1)
                    out.push(describe(item) + ": y " + Math.round(p.y) + ".." + Math.round(bottom) + " below " + H)
                if (draws && tile && item !== tile) {
                    const t = tile.mapToItem(root, 0, 0)
                    if (item.width > 0 && (right > t.x + tile.width + 1 || p.x < t.x - 1))
                        out.push(describe(item) + ": out of " + tile.objectName)
                }
                const isText = typeof item.text === "string" && item.elide !== undefined && item.wrapMode !== undefined
                if (isText && item.text.trim().length > 0 && item.elide === Text.ElideNone
                        && item.wrapMode === Text.NoWrap && item.implicitWidth > item.width + 1)
                    out.push(describe(item) + ": cut off (" + Math.round(item.implicitWidth) + " > " + Math.round(item.width) + ")")
                const isTile = item.objectName.indexOf("tile_") === 0
                const isFlick = item.contentY !== undefined && item.flickableDirection !== undefined
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i], isTile ? item : tile, scrolled || isFlick)
            }
            walk(page, null, false)
            return out
        }

        //! A laptop (1280) and a desktop (1440) screen, in Vietnamese (longer) and in English,
        //! with the longest period text (a custom range): the whole dashboard stays inside.
        function test_0_fitsTheWindow_data() {
            return [ { tag: "vi-1280", lang: "vi", w: 1280, h: 720 }, { tag: "vi-1440", lang: "vi", w: 1440, h: 900 },
                     { tag: "en-1280", lang: "en", w: 1280, h: 720 }, { tag: "en-1440", lang: "en", w: 1440, h: 900 } ]
        }
        function test_0_fitsTheWindow(data) {
            const page = dashboard()
            const c = page.controller
            AppController.language = data.lang
            root.width = data.w
            root.height = data.h
            for (const period of ["year", "custom"]) {
                if (period === "custom")
                    verify(c.setCustomPeriod("01/10/2026", "20/11/2026"))
                else
                    c.choosePeriod(period)
                wait(50)
                tryVerify(() => findChild(page, "tiles").width > 0 && findChild(page, "tiles").width < data.w)
                const problems = overflows(page)
                verify(problems.length === 0, data.tag + " " + period + ":\n" + problems.join("\n"))
                // The counts are what the supervisor clicks: never elided (they wrap).
                for (const id of ["online_dossiers", "digitized_dossiers", "national_sync"]) {
                    for (const name of ["tileCount", "tileMissing"])
                        verify(!findChild(tile(page, id), name).truncated, id + " " + name)
                }
                if (data.w >= 1440)
                    verify(!findChild(page, "dashboardTitle").truncated)
                const dir = TestHelper.screenshotDir()
                if (dir.length > 0 && period === "custom") {
                    wait(300)
                    grabImage(root).save(dir + "/dashboard-" + data.tag + ".png")
                }
            }
            // The check finds what it looks for: something past the window's right edge,
            // a text cut off, a text out of its tile.
            const probed = findChild(page, "tile_online_dossiers")
            const past = Qt.createQmlObject("import QtQuick; Rectangle { objectName: 'probePast'; width: 80; height: 10 }", page)
            past.x = page.width - 20
            const cut = Qt.createQmlObject("import QtQuick; Text { objectName: 'probeCut'; width: 20; text: 'Chưa đạt' }", probed)
            const out = Qt.createQmlObject("import QtQuick; Rectangle { objectName: 'probeOut'; width: 20; height: 5 }", probed)
            out.x = probed.width - 5
            const found = overflows(page).join("\n")
            for (const probe of ["probePast", "probeCut", "probeOut"])
                verify(found.indexOf(probe) >= 0, probe + " not found in:\n" + found)
            past.destroy()
            cut.destroy()
            out.destroy()
            wait(0)
            c.choosePeriod("year")
            root.width = 1500
            root.height = 950
            AppController.language = "vi"
        }

        function test_1_tilesScoresAndChart() {
            const page = dashboard()
            const c = page.controller
            verify(c.hasDefinitions)
            // The province's twelve indicators, each a tile.
            compare(c.tiles.rowCount(), 12)
            c.choosePeriod("year")
            compare(c.period, "2026")
            verify(c.periodText.indexOf("2026") >= 0)
            const online = tile(page, "online_dossiers")
            const counted = c.dossierIds("online_dossiers", "numerator").length
            const all = c.dossierIds("online_dossiers", "denominator").length
            verify(all > 50)
            // Every third dossier of the fixture is online: the tile says so, against 50%.
            compare(online.countText, counted + "/" + all)
            // The decimal mark is the UI language's ("," in Vietnamese).
            compare(online.valueText.replace(",", "."), (100 * counted / all).toFixed(1) + "%")
            compare(online.rag, "red")
            verify(online.targetText.indexOf("50") >= 0)
            compare(online.missing, all - counted)
            // Synchronised: half of them (red against 100%).
            compare(tile(page, "national_sync").rag, "red")
            // One in twenty kept on paper: amber (within 10 points of 100%), and the
            // tile's value is the counted share of all.
            const digitized = tile(page, "digitized_dossiers")
            const dCounted = c.dossierIds("digitized_dossiers", "numerator").length
            const dAll = c.dossierIds("digitized_dossiers", "denominator").length
            verify(dAll > 50)
            verify(100 * dCounted / dAll >= 90 && dCounted < dAll)
            compare(digitized.rag, "amber")
            compare(digitized.countText, dCounted + "/" + dAll)
            verify(c.scoreText.endsWith("/ 100"))
            compare(c.groups.length, 5)
            // The chart follows the selected indicator.
            c.selectedIndicator = "online_dossiers"
            compare(c.selectedIndicator, "online_dossiers")
            compare(c.series.length, 12)
            verify(findChild(page, "monthChart") !== null)
            // The cache holds two agencies: the breakdown compares them.
            compare(c.breakdown, "agency")
            verify(c.provinceView)
            verify(c.breakdownRows.rowCount() > 0)
            verify(findChild(page, "freshness").text.length > 0)
            const dir = TestHelper.screenshotDir()
            if (dir.length > 0) {
                wait(300)
                grabImage(root).save(dir + "/dashboard-vi.png")
            }
        }

        function test_2_drillDownOpensExactlyTheDossiers() {
            const page = dashboard()
            const c = page.controller
            c.choosePeriod("year")
            const online = tile(page, "online_dossiers")
            const missing = c.dossierIds("online_dossiers", "missing")
            verify(missing.length > 0)
            mouseClick(findChild(online, "tileMissing"))
            tryCompare(shell, "currentIndex", 0)
            const inbox = shell.inboxStack.get(0)
            tryCompare(inbox.model, "restricted", true)
            tryCompare(inbox.model, "totalCount", missing.length)
            verify(findChild(inbox, "drillDownBar").visible)
            verify(inbox.model.restrictionTitle.indexOf("(" + missing.length + ")") >= 0)
            // Every row listed is one of them.
            for (let i = 0; i < inbox.model.count; ++i)
                verify(missing.indexOf(inbox.model.dossierIdAt(i)) >= 0)
            const dir = TestHelper.screenshotDir()
            if (dir.length > 0) {
                wait(300)
                grabImage(root).save(dir + "/dashboard-drilldown-vi.png")
            }
            mouseClick(findChild(inbox, "drillDownClear"))
            tryCompare(inbox.model, "restricted", false)
            verify(inbox.model.totalCount !== missing.length || missing.length === 0)
        }

        function test_3_periodsAndEnglish() {
            const page = dashboard()
            const c = page.controller
            c.choosePeriod("quarter")
            compare(c.period, "2026-Q4")
            compare(c.months.length, 3)
            mouseClick(findChild(page, "periodBack"))
            compare(c.period, "2026-Q3")
            verify(c.periodText.indexOf("3/2026") >= 0)
            mouseClick(findChild(page, "periodNext"))
            compare(c.period, "2026-Q4")
            c.choosePeriod("month")
            compare(c.months.length, 1)
            verify(!c.setCustomPeriod("31/12/2026", "01/01/2026"))
            verify(c.error.length > 0)
            verify(c.setCustomPeriod("01/10/2026", "20/11/2026"))
            compare(c.period, "2026-10-01..2026-11-20")
            compare(c.months.length, 2)
            c.choosePeriod("year")
            // Texts made in C++ (not by qsTr in QML) follow a language switch: the
            // labels bound to them change without any reload.
            const periodLabel = findChild(page, "periodText")
            const freshness = findChild(page, "freshness")
            const onlineTile = tile(page, "online_dossiers")
            compare(periodLabel.text, "Năm 2026")
            verify(onlineTile.targetText.indexOf("Chỉ tiêu") === 0)
            verify(onlineTile.valueText.indexOf(",") > 0)
            const freshVi = freshness.text
            AppController.language = "en"
            compare(c.periodText, "Year 2026")
            compare(periodLabel.text, "Year 2026")
            compare(onlineTile.targetText, "Target ≥ 50.0%")
            verify(onlineTile.valueText.indexOf(".") > 0 && onlineTile.valueText.indexOf(",") < 0)
            verify(freshness.text !== freshVi)
            compare(tile(page, "online_dossiers").displayName, "Online dossiers among those received")
            const dir = TestHelper.screenshotDir()
            if (dir.length > 0) {
                wait(300)
                grabImage(root).save(dir + "/dashboard-en.png")
            }
            // A drill-down in English: the inbox with exactly the dossiers not counted.
            const missing = c.dossierIds("online_dossiers", "missing")
            //! The tile as it is now: after the switch the grid may have laid the tiles
            //! out again (longer English names), so the one found before may have moved.
            const onlineEn = tile(page, "online_dossiers")
            tryVerify(() => !isPolishScheduled(onlineEn))
            waitForRendering(page)
            mouseClick(findChild(onlineEn, "tileMissing"))
            tryCompare(shell, "currentIndex", 0)
            const inbox = shell.inboxStack.get(0)
            tryCompare(inbox.model, "totalCount", missing.length)
            verify(inbox.model.restrictionTitle.indexOf("Online dossiers among those received") === 0,
                   inbox.model.restrictionTitle)
            if (dir.length > 0) {
                wait(300)
                grabImage(root).save(dir + "/dashboard-drilldown-en.png")
            }
            mouseClick(findChild(inbox, "drillDownClear"))
            tryCompare(inbox.model, "restricted", false)
            AppController.language = "vi"
        }
    }
}
