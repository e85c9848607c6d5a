// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Pdf

Item {
    id: root
    width: 1100
    height: 800

    Component {
        id: viewerComponent
        PdfViewer {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "PdfViewer"
        when: windowShown

        function open(file) {
            const v = createTemporaryObject(viewerComponent, root, { source: pdfDataDir + "/" + file });
            verify(v);
            v.forceActiveFocus();
            return v;
        }
        function openReady(file) {
            const v = open(file);
            tryCompare(v, "status", PdfDocumentModel.Ready, 20000);
            waitForRendering(v);
            return v;
        }
        function pageItem(v, i) {
            return findChild(v, "pageList").itemAtIndex(i);
        }

        function test_pageCountAndRendering() {
            const v = openReady("text.pdf");
            compare(v.pageCount, 3);
            compare(findChild(v, "pageCountLabel").text, "of 3");
            const img = findChild(pageItem(v, 0), "pageImage");
            tryCompare(img, "status", Image.Ready, 20000);
            //! Fit width by default: the page fills the view less the margins.
            const list = findChild(v, "pageList");
            fuzzyCompare(pageItem(v, 0).width, (list.width - 2 * v.pageMargin) * 595 / 842, 2);
            verify(img.sourceSize.width >= pageItem(v, 0).width * 0.99);
        }

        function test_zoom() {
            const v = openReady("text.pdf");
            v.fitMode = "";
            v.setZoom(1.0);
            compare(pageItem(v, 0).width, Math.round(595 * 96 / 72));
            keyClick(Qt.Key_Plus);
            fuzzyCompare(v.zoom, 1.25, 1e-6);
            compare(pageItem(v, 0).width, Math.round(595 * 96 / 72 * 1.25));
            compare(findChild(v, "zoomLabel").text, "125%");
            keyClick(Qt.Key_Minus);
            keyClick(Qt.Key_Minus);
            fuzzyCompare(v.zoom, 0.8, 1e-6);
            mouseClick(findChild(v, "zoomInButton"));
            fuzzyCompare(v.zoom, 1.0, 1e-6);
            for (let i = 0; i < 20; ++i)
                v.zoomIn();
            compare(v.zoom, v.maxZoom);
            v.fitPage();
            const list = findChild(v, "pageList");
            verify(pageItem(v, 0).height <= list.height - 2 * v.pageMargin + 1);
            const w = pageItem(v, 0).width;
            //! Ctrl+wheel zooms too.
            mouseWheel(list, list.width / 2, list.height / 2, 0, 120, Qt.NoButton, Qt.ControlModifier);
            verify(pageItem(v, 0).width > w);
            compare(v.fitMode, "");
        }

        function test_rotateCurrentPage() {
            const v = openReady("text.pdf");
            v.fitMode = "";
            v.setZoom(1.0);
            const w = pageItem(v, 0).width, h = pageItem(v, 0).height;
            mouseClick(findChild(v, "rotateRightButton"));
            compare(v.document.pageRotation(0), 90);
            compare(pageItem(v, 0).width, h);
            compare(pageItem(v, 0).height, w);
            compare(v.document.pageRotation(1), 0);
            keyClick(Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier);
            compare(v.document.pageRotation(0), 0);
            compare(pageItem(v, 0).width, w);
            //! The rendered image follows the rotation.
            v.rotateCurrentPage(-90);
            const img = findChild(pageItem(v, 0), "pageImage");
            tryVerify(() => img.status === Image.Ready && img.implicitWidth > img.implicitHeight, 20000);
        }

        function test_searchHits() {
            const v = openReady("text.pdf");
            const field = findChild(v, "searchField");
            keyClick(Qt.Key_F, Qt.ControlModifier);
            verify(field.activeFocus);
            for (const c of "licence")
                keyClick(c);
            //! Enter searches at once (typing alone searches after a short pause).
            keyClick(Qt.Key_Return);
            compare(v.searchModel.text, "licence");
            tryCompare(v.searchModel, "count", 3, 20000);
            compare(v.searchModel.currentIndex, 0);
            tryCompare(findChild(v, "hitLabel"), "text", "1 of 3");
            //! Highlights are drawn on page 1: two hits, the first one current.
            tryVerify(() => findChild(pageItem(v, 0), "currentSearchHit") !== null);
            const hit = findChild(pageItem(v, 0), "currentSearchHit");
            verify(hit.width > 20 && hit.height > 5);
            wait(400); // past the typing pause: no late search may reset the selection
            compare(v.searchModel.currentIndex, 0);
            keyClick(Qt.Key_Return); // Enter in the field: next hit
            compare(v.searchModel.currentIndex, 1);
            keyClick(Qt.Key_F3);
            compare(v.searchModel.currentIndex, 2);
            compare(v.currentPage, 2);
            keyClick(Qt.Key_F3, Qt.ShiftModifier);
            compare(v.searchModel.currentIndex, 1);
            keyClick(Qt.Key_Escape);
            compare(v.searchModel.count, 0);
            verify(!field.activeFocus);
        }

        function test_keyboardNavigation() {
            const v = openReady("text.pdf");
            v.fitMode = "";
            v.setZoom(1.0);
            compare(v.currentPage, 0);
            keyClick(Qt.Key_End);
            compare(v.currentPage, 2);
            keyClick(Qt.Key_Home);
            compare(v.currentPage, 0);
            keyClick(Qt.Key_PageDown);
            compare(v.currentPage, 1);
            keyClick(Qt.Key_PageUp);
            compare(v.currentPage, 0);
            const list = findChild(v, "pageList");
            const y = list.contentY;
            keyClick(Qt.Key_Down);
            verify(list.contentY > y);
            keyClick(Qt.Key_Up);
            fuzzyCompare(list.contentY, y, 0.5);
            //! The page field jumps to a page.
            const field = findChild(v, "pageField");
            field.forceActiveFocus();
            field.selectAll();
            keyClick("3");
            keyClick(Qt.Key_Return);
            compare(v.currentPage, 2);
        }

        function test_brokenPdfShowsMessage_data() {
            return [
                { tag: "corrupt", file: "corrupt.pdf", word: "damaged" },
                { tag: "truncated", file: "truncated.pdf", word: "incomplete" },
                { tag: "encrypted", file: "encrypted.pdf", word: "password" },
                { tag: "zero pages", file: "zero-pages.pdf", word: "no pages" },
                { tag: "missing", file: "missing.pdf", word: "does not exist" },
            ];
        }
        function test_brokenPdfShowsMessage(data) {
            const v = open(data.file);
            tryCompare(v, "status", PdfDocumentModel.Error, 20000);
            const box = findChild(v, "errorMessage");
            verify(box.visible);
            verify(findChild(box, "errorText").text.indexOf(data.word) >= 0, findChild(box, "errorText").text);
            compare(v.pageCount, 0);
            //! Keys and actions on a broken document do nothing harmful.
            keyClick(Qt.Key_End);
            keyClick(Qt.Key_Plus);
            v.rotateCurrentPage(90);
            v.findNext();
            compare(v.currentPage, 0);
        }

        function test_switchingSource() {
            const v = openReady("text.pdf");
            v.searchModel.text = "licence";
            tryCompare(v.searchModel, "count", 3, 20000);
            v.goToPage(2);
            v.rotateCurrentPage(90);
            //! Another component of the dossier: fresh state, no stale hits or rotations.
            v.source = pdfDataDir + "/rotated.pdf";
            tryCompare(v, "status", PdfDocumentModel.Ready, 20000);
            compare(v.pageCount, 2);
            compare(v.currentPage, 0);
            compare(v.document.pageRotation(0), 0);
            tryCompare(v.searchModel, "count", 1, 20000); // "licence" once in rotated.pdf
            v.source = pdfDataDir + "/corrupt.pdf";
            tryCompare(v, "status", PdfDocumentModel.Error, 20000);
            verify(findChild(v, "errorMessage").visible);
            compare(v.searchModel.count, 0);
            v.source = pdfDataDir + "/text.pdf";
            tryCompare(v, "status", PdfDocumentModel.Ready, 20000);
            verify(!findChild(v, "errorMessage").visible);
            compare(v.pageCount, 3);
            tryCompare(v.searchModel, "count", 3, 20000);
        }

        function test_thumbnails() {
            const v = openReady("rotated.pdf");
            const thumbs = findChild(v, "thumbnailList");
            verify(thumbs.visible);
            compare(thumbs.count, 2);
            mouseClick(thumbs.itemAtIndex(1));
            compare(v.currentPage, 1);
            //! /Rotate 90: the first page is laid out landscape.
            verify(pageItem(v, 0).width > pageItem(v, 0).height);
            mouseClick(findChild(v, "thumbnailsButton"));
            verify(!thumbs.visible);
        }
    }
}
