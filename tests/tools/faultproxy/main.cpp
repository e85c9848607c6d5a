// SPDX-License-Identifier: GPL-3.0-or-later
//! faultproxy: the test fault proxy as a program, for manual runs and benches.
//! Prints "PORT <n>" and then reads commands on stdin, one a line:
//!   latency MS | bandwidth BYTES_PER_S | cut N | reset-before | reset-after | stall
//!   inject STATUS [RETRY_AFTER_S] | match TEXT | budget N | upstream PORT | drop | clear | quit
#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>
#include <iostream>
#include <string>

using motcua::test::FaultConfig;
using motcua::test::FaultProxy;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fault-injecting TCP proxy for HTTP tests."));
    parser.addHelpOption();
    QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("Upstream port on 127.0.0.1."),
                                QStringLiteral("port"));
    parser.addOption(upstream);
    parser.process(app);
    bool ok = false;
    const int port = parser.value(upstream).toInt(&ok);
    if (!ok || port <= 0 || port > 65535) {
        std::cerr << "faultproxy: --upstream PORT is required\n";
        return 1;
    }
    FaultProxy proxy;
    if (!proxy.start(quint16(port))) {
        std::cerr << "faultproxy: cannot listen\n";
        return 2;
    }
    std::cout << "PORT " << proxy.port() << std::endl;

    QThread *reader = QThread::create([&proxy, &app] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QStringList w = QString::fromStdString(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (w.isEmpty())
                continue;
            FaultConfig c = proxy.config();
            const QString cmd = w.first();
            const qint64 arg = w.size() > 1 ? w.at(1).toLongLong() : 0;
            if (cmd == QLatin1String("latency"))
                c.latencyMs = int(arg);
            else if (cmd == QLatin1String("bandwidth"))
                c.bytesPerSecond = arg;
            else if (cmd == QLatin1String("cut"))
                c.cutAfterBytes = arg;
            else if (cmd == QLatin1String("reset-before"))
                c.resetBeforeRequest = true;
            else if (cmd == QLatin1String("reset-after"))
                c.resetAfterRequest = true;
            else if (cmd == QLatin1String("stall"))
                c.stall = true;
            else if (cmd == QLatin1String("inject")) {
                c.injectStatus = int(arg);
                c.retryAfterSeconds = w.size() > 2 ? w.at(2).toInt() : -1;
            } else if (cmd == QLatin1String("match"))
                c.match = w.mid(1).join(QLatin1Char(' ')).toUtf8();
            else if (cmd == QLatin1String("budget"))
                c.budget = int(arg);
            else if (cmd == QLatin1String("upstream"))
                proxy.setUpstreamPort(quint16(arg));
            else if (cmd == QLatin1String("drop"))
                proxy.dropAll();
            else if (cmd == QLatin1String("clear"))
                c = FaultConfig();
            else if (cmd == QLatin1String("quit"))
                break;
            else {
                std::cerr << "faultproxy: unknown command " << line << std::endl;
                continue;
            }
            proxy.setConfig(c);
            std::cout << "OK" << std::endl;
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit);
    });
    reader->start();
    const int rc = app.exec();
    reader->wait();
    delete reader;
    return rc;
}
