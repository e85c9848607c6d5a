// SPDX-License-Identifier: GPL-3.0-or-later
//! motcua-assemble-bench OUT.pdf IMAGE...: the scans through motcua::digitize::assemblePdf
//! (what the reception screen and `motcua receive` do), for bench/assemble.sh.
#include "digitize/imageassembler.h"

#include <QCoreApplication>
#include <QFile>
#include <iostream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::cerr << "usage: motcua-assemble-bench OUT.pdf IMAGE..." << std::endl;
        return 2;
    }
    QList<motcua::digitize::ScanPage> pages;
    for (const QString &a : args.mid(1))
        pages.append({a, 0});
    auto pdf = motcua::digitize::assemblePdf(pages);
    if (!pdf) {
        std::cerr << qPrintable(pdf.error().toString()) << std::endl;
        return 1;
    }
    QFile out(args.first());
    if (!out.open(QIODevice::WriteOnly) || out.write(*pdf) != pdf->size())
        return 1;
    return 0;
}
