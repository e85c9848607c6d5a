// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-bench-desk: the real desktop client (runDesk) driven for bench/pdf_rss.sh.
// MOTCUA_BENCH_VIEW=<dossier id>: once the inbox is on screen, opens that dossier,
// pages its document's viewer through to the last page, prints the peak resident
// memory and quits. Kept out of motcua-desk: the shipped client has no bench code.
#include "deskmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

//! Items are in the visual tree, not always in the QObject tree.
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == name)
            return child;
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

//! MOTCUA_BENCH_VIEW=<dossier id> (bench/pdf_rss.sh): once the inbox is on screen,
//! opens that dossier, pages its document's viewer through to the last page,
//! prints the peak resident memory and quits.
void benchViewDocument(QQuickWindow *window, const QString &dossierId)
{
    auto *timer = new QTimer(window);
    auto page = std::make_shared<int>(-1);
    QObject::connect(timer, &QTimer::timeout, window, [window, dossierId, timer, page] {
        QQuickItem *shell = findItem(window->contentItem(), QStringLiteral("appShell"));
        if (*page < 0) {
            if (!shell)
                return;
            QMetaObject::invokeMethod(shell, "openDossier", Q_ARG(QVariant, dossierId));
            *page = 0;
            return;
        }
        QQuickItem *viewer = findItem(window->contentItem(), QStringLiteral("pdfViewer"));
        if (viewer && viewer->property("status").toInt() == 3) { // PdfDocumentModel::Error
            std::fprintf(stderr, "motcua-bench-desk: the document cannot be shown: %s\n",
                         qPrintable(viewer->property("errorString").toString()));
            QCoreApplication::exit(1);
            return;
        }
        if (!viewer || viewer->property("status").toInt() != 2) // PdfDocumentModel::Ready
            return;
        const int count = viewer->property("pageCount").toInt();
        if (*page < count - 1) {
            QMetaObject::invokeMethod(viewer, "goToPage", Q_ARG(QVariant, ++*page));
            return;
        }
        timer->stop();
        QTimer::singleShot(1500, window, [count] {
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray peak = "unknown";
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        peak = line.mid(6).trimmed();
                }
            }
            std::printf("viewed pages=%d peak_rss=%s\n", count, peak.constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
    timer->start(40);
    //! A dossier without a document (or a wrong id) must not keep a benchmark waiting.
    QTimer::singleShot(180000, window, [] {
        std::fprintf(stderr, "motcua-bench-desk: MOTCUA_BENCH_VIEW gave up after 180 s\n");
        QCoreApplication::exit(2);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    const QString id = qEnvironmentVariable("MOTCUA_BENCH_VIEW");
    if (id.isEmpty()) {
        std::fprintf(stderr, "motcua-bench-desk: set MOTCUA_BENCH_VIEW=<dossier id>\n");
        return 2;
    }
    return runDesk(argc, argv, [id](QQuickWindow *window) { benchViewDocument(window, id); });
}
