// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-bench-pdf generate OUT.pdf [--pages N]    a scanned-looking PDF (one JPEG per page)
// motcua-bench-pdf first-page FILE [--dpi 96]     open → first page rendered via RenderQueue, in ms
// motcua-bench-pdf first-visible FILE            in the QML viewer: source set → page 1 on screen, in ms
// motcua-bench-pdf render-all FILE [--dpi 96]     every page through RenderQueue (peak RSS of the library)
// motcua-bench-pdf view FILE [--scroll] [--shot OUT.png] [--search TEXT] [--rotate]
//                                                 the QML PdfViewer; --scroll pages through to the end
#include "pdf/allocator.h"
#include "pdf/pdfdocument.h"
#include "pdf/renderqueue.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTimer>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

using namespace motcua::pdf;

namespace {

//! A 150 dpi grey A4 "scan": paper noise, a slight skew, lines of text-like marks.
QImage scanPage(int page, QRandomGenerator &rng)
{
    QImage img(1240, 1754, QImage::Format_RGB32);
    img.fill(QColor(238, 236, 230));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 2500; ++i) {
        const int g = 200 + int(rng.bounded(40));
        p.setPen(QColor(g, g, g - 5));
        p.drawPoint(int(rng.bounded(1240)), int(rng.bounded(1754)));
    }
    p.translate(620, 877);
    p.rotate((int(rng.bounded(200)) - 100) / 100.0);
    p.translate(-620, -877);
    QFont title(QStringLiteral("DejaVu Serif"), 26, QFont::Bold);
    p.setFont(title);
    p.setPen(QColor(30, 30, 35));
    p.drawText(QRect(100, 110, 1040, 60), Qt::AlignCenter,
               QStringLiteral("CONG HOA XA HOI CHU NGHIA VIET NAM"));
    QFont body(QStringLiteral("DejaVu Serif"), 13);
    p.setFont(body);
    for (int line = 0; line < 42; ++line) {
        QString text;
        const int words = 6 + int(rng.bounded(8));
        for (int w = 0; w < words; ++w)
            text += QString(2 + int(rng.bounded(7)), QChar(u'a' + int(rng.bounded(26)))) + QLatin1Char(' ');
        p.drawText(130, 260 + line * 34, text);
    }
    p.setFont(title);
    p.drawText(QRect(100, 1640, 1040, 60), Qt::AlignCenter, QStringLiteral("Trang %1").arg(page + 1));
    p.setPen(QPen(QColor(170, 30, 30), 6));
    p.drawEllipse(QPoint(930, 1520), 95, 95); // a stamp
    return img;
}

int generate(const QString &out, int pages)
{
    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(150);
    QPainter painter(&writer);
    QRandomGenerator rng(468);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRect(0, 0, 1240, 1754), scanPage(i, rng));
    }
    painter.end();
    std::printf("wrote %s (%d pages)\n", qPrintable(out), pages);
    return 0;
}

int firstPage(const QString &file, double dpi)
{
    QElapsedTimer timer;
    timer.start();
    auto doc = PdfDocument::open(file);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().toString()));
        return 1;
    }
    const qint64 openedAt = timer.nsecsElapsed();
    RenderQueue queue(doc.value());
    QSemaphore done;
    QSize size;
    queue.request(RenderQueue::keyFor(0, dpi / 72.0, 0), [&](const motcua::Result<QImage> &r) {
        size = r.ok() ? r.value().size() : QSize();
        done.release();
    });
    done.acquire();
    const qint64 total = timer.nsecsElapsed();
    std::printf("open_ms=%.2f first_page_ms=%.2f size=%dx%d pages=%d\n", openedAt / 1e6, total / 1e6,
                size.width(), size.height(), doc.value()->pageCount());
    return size.isValid() ? 0 : 1;
}

int renderAll(const QString &file, double dpi, int popplerDocs)
{
    Limits limits;
    if (popplerDocs > 0)
        limits.maxPopplerDocuments = popplerDocs;
    QElapsedTimer timer;
    timer.start();
    auto doc = PdfDocument::open(file, limits);
    if (!doc)
        return 1;
    RenderQueue queue(doc.value());
    std::atomic<int> ok {0};
    for (int i = 0; i < doc.value()->pageCount(); ++i)
        queue.request(RenderQueue::keyFor(i, dpi / 72.0, 0),
                      [&](const motcua::Result<QImage> &r) { ok += r.ok(); });
    queue.waitForIdle();
    std::printf("rendered=%d cache_mb=%.1f threads=%d ms=%.0f\n", ok.load(),
                queue.cache().usedBytes() / 1048576.0, queue.threadCount(), timer.nsecsElapsed() / 1e6);
    return ok.load() == doc.value()->pageCount() ? 0 : 1;
}

const char *kViewerQml = R"(
import QtQuick
import MotCua.Pdf
PdfViewer {
    width: 1280; height: 900
    source: benchFile
}
)";

int view(QGuiApplication &app, const QCommandLineParser &args, const QString &file)
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.rootContext()->setContextProperty(QStringLiteral("benchFile"), file);
    QQmlComponent component(&engine);
    component.setData(kViewerQml, QUrl(QStringLiteral("qrc:/bench/Viewer.qml")));
    QQuickWindow window;
    window.resize(1280, 900);
    auto *item = qobject_cast<QQuickItem *>(component.create());
    if (!item) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    item->setParentItem(window.contentItem());
    window.show();
    item->forceActiveFocus();

    const bool scroll = args.isSet(QStringLiteral("scroll"));
    const QString shot = args.value(QStringLiteral("shot"));
    int exitCode = 0;
    QTimer step;
    int page = 0;
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        if (item->property("status").toInt() == 3) { // Error
            std::printf("error: %s\n", qPrintable(item->property("errorString").toString()));
            app.exit(1);
            return;
        }
        if (item->property("status").toInt() != 2)
            return;
        const int count = item->property("pageCount").toInt();
        if (scroll && page < count - 1) {
            QMetaObject::invokeMethod(item, "goToPage", Q_ARG(QVariant, ++page));
            return;
        }
        step.stop();
        //! Let the last pages render before the screenshot / exit.
        QTimer::singleShot(1500, &app, [&] {
            if (!shot.isEmpty()) {
                const QImage img = window.grabWindow();
                if (!img.save(shot))
                    exitCode = 1;
            }
            std::printf("pages=%d current=%d\n", item->property("pageCount").toInt(),
                        item->property("currentPage").toInt());
            app.exit(exitCode);
        });
    });
    if (args.isSet(QStringLiteral("search")))
        QTimer::singleShot(300, item, [&] {
            item->property("searchModel")
                .value<QObject *>()
                ->setProperty("text", args.value(QStringLiteral("search")));
        });
    if (args.isSet(QStringLiteral("rotate")))
        QTimer::singleShot(
            400, item, [&] { QMetaObject::invokeMethod(item, "rotateCurrentPage", Q_ARG(QVariant, 90)); });
    step.start(scroll ? 40 : 200);
    return app.exec();
}

//! Delegates are in the visual item tree, not always in the QObject tree.
void findItems(QQuickItem *root, const QString &name, QList<QQuickItem *> &out)
{
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == name)
            out.append(child);
        findItems(child, name, out);
    }
}

//! In the QML viewer: from setting `source` to the first frame that shows page 1
//! rendered (not the thumbnail stand-in) — what the official waits for.
int firstVisible(QGuiApplication &app, const QString &file)
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.rootContext()->setContextProperty(QStringLiteral("benchFile"), QString());
    QQmlComponent component(&engine);
    component.setData(kViewerQml, QUrl(QStringLiteral("qrc:/bench/Viewer.qml")));
    QQuickWindow window;
    window.resize(1280, 900);
    auto *item = qobject_cast<QQuickItem *>(component.create());
    if (!item) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    item->setParentItem(window.contentItem());
    window.show();
    QElapsedTimer timer;
    bool started = false;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &app, [&] {
        if (!started)
            return;
        QList<QQuickItem *> images;
        findItems(item, QStringLiteral("pageImage"), images);
        if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
            std::fprintf(stderr, "frame: %d images\n", int(images.size()));
        for (QQuickItem *img : images) {
            if (img->parentItem() && img->parentItem()->property("index").toInt() == 0
                && img->property("status").toInt() == 1 /* Image.Ready */) {
                std::printf("first_visible_ms=%.2f\n", timer.nsecsElapsed() / 1e6);
                started = false;
                QTimer::singleShot(0, &app, [&app] { app.exit(0); });
                return;
            }
        }
        if (item->property("status").toInt() == 3) {
            std::printf("error: %s\n", qPrintable(item->property("errorString").toString()));
            app.exit(1);
        }
    });
    QTimer::singleShot(500, &app, [&] {
        started = true;
        timer.start();
        item->setProperty("source", file);
    });
    QTimer::singleShot(60000, &app, [&app] { app.exit(2); });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    motcua::pdf::tuneAllocatorForPageImages(); //!< as motcua-desk does
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("generate | first-page | first-visible | render-all | view"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PDF file"));
    parser.addOption({QStringLiteral("pages"), QStringLiteral("pages to generate"), QStringLiteral("n"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("render resolution"), QStringLiteral("dpi"),
                      QStringLiteral("96")});
    parser.addOption({QStringLiteral("docs"), QStringLiteral("render-all: Poppler documents (= threads)"),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("scroll"), QStringLiteral("page through the whole document")});
    parser.addOption({QStringLiteral("shot"), QStringLiteral("save a screenshot"), QStringLiteral("png")});
    parser.addOption({QStringLiteral("search"), QStringLiteral("search for text"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("rotate"), QStringLiteral("rotate the first page")});
    parser.addHelpOption();
    parser.process(app);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        parser.showHelp(2);
    const QString cmd = pos.at(0);
    const QString file = pos.at(1);
    if (cmd == QLatin1String("generate"))
        return generate(file, parser.value(QStringLiteral("pages")).toInt());
    if (cmd == QLatin1String("first-page"))
        return firstPage(file, parser.value(QStringLiteral("dpi")).toDouble());
    if (cmd == QLatin1String("render-all"))
        return renderAll(file, parser.value(QStringLiteral("dpi")).toDouble(),
                         parser.value(QStringLiteral("docs")).toInt());
    if (cmd == QLatin1String("first-visible"))
        return firstVisible(app, file);
    if (cmd == QLatin1String("view"))
        return view(app, parser, file);
    parser.showHelp(2);
}
