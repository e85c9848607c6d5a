// SPDX-License-Identifier: GPL-3.0-or-later
//! motcua-central: the reference implementation of the central API.
#include "auditlog.h"
#include "calendarcommand.h"
#include "centralserver.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace motcua::server;

namespace {
#ifdef Q_OS_UNIX
int g_sigFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_sigFd[0], &c, 1);
}
#endif
} // namespace

int main(int argc, char **argv)
{
    //! `motcua-central calendar ...` manages the province's calendars without a server.
    if (argc > 1 && qstrcmp(argv[1], "calendar") == 0) {
        QCoreApplication cli(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("motcua-central"));
        return runCalendarCommand(QCoreApplication::arguments());
    }
    //! QGuiApplication: the demo seeder draws its PDFs with QPdfWriter/QPainter
    //! (the offscreen platform is used when no display is set).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("motcua.core.debug=false\nmotcua.server.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua-central"));
    if (argc > 1 && qstrcmp(argv[1], "audit") == 0)
        return runAuditCommand(QCoreApplication::arguments());

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Một Cửa central API reference server"));
    p.addHelpOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address and port (port 0 = free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "sqlite:PATH or postgresql://user@host:port/db."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory for documents and TSA keys."), QStringLiteral("DIR"),
        QStringLiteral("motcua-data"));
    const QCommandLineOption portFile(QStringLiteral("port-file"),
                                      QCoreApplication::translate("main", "Write the bound port to FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Seed deterministic demo data (once)."));
    const QCommandLineOption demoSize(QStringLiteral("demo-size"),
                                      QCoreApplication::translate("main", "Number of demo dossiers."),
                                      QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption accessTtl(
        QStringLiteral("access-ttl"),
        QCoreApplication::translate("main", "Access token lifetime in seconds."), QStringLiteral("S"),
        QStringLiteral("900"));
    const QCommandLineOption retention(
        QStringLiteral("cursor-retention"),
        QCoreApplication::translate("main", "Changes cursors older than this many seconds get 410."),
        QStringLiteral("S"), QString::number(30 * 24 * 3600));
    const QCommandLineOption maxUpload(
        QStringLiteral("max-upload"),
        QCoreApplication::translate("main", "Largest accepted document in bytes."), QStringLiteral("BYTES"),
        QString::number(64LL * 1024 * 1024));
    const QCommandLineOption lockAccount(
        QStringLiteral("login-lockout-after"),
        QCoreApplication::translate("main", "Failed sign-ins of one account before backoff and lockout."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption lockAddress(
        QStringLiteral("login-address-lockout-after"),
        QCoreApplication::translate("main", "Failed sign-ins from one address before backoff and lockout."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption offlineWindow(
        QStringLiteral("offline-window-days"),
        QCoreApplication::translate("main", "Oldest acted-at time accepted for offline work, in days."),
        QStringLiteral("DAYS"), QStringLiteral("14"));
    const QCommandLineOption clock(
        QStringLiteral("clock"),
        QCoreApplication::translate("main",
                                    "Demo and tests only (with --demo): the server's time, fixed (UTC, "
                                    "e.g. 2026-03-02T03:00:00Z); PUT /demo/clock changes it."),
        QStringLiteral("TIME"));
    const QCommandLineOption laptopRetention(
        QStringLiteral("laptop-retention-days"),
        QCoreApplication::translate("main",
                                    "Days a finished dossier stays on officials' laptops (0 = no limit); "
                                    "sent to the desks with GET /me."),
        QStringLiteral("DAYS"), QStringLiteral("0"));
    p.addOptions({listen, dbOpt, dataDir, portFile, demo, demoSize, accessTtl, retention, maxUpload,
                  lockAccount, lockAddress, offlineWindow, clock, laptopRetention});
    p.process(app);

    ServerConfig cfg;
    const QString l = p.value(listen);
    const int colon = l.lastIndexOf(QLatin1Char(':'));
    bool ok = colon > 0;
    cfg.host = l.left(colon);
    if (cfg.host.startsWith(QLatin1Char('[')))
        cfg.host = cfg.host.mid(1, cfg.host.size() - 2);
    const uint port = l.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "invalid --listen %s\n", qPrintable(l));
        return 2;
    }
    cfg.port = quint16(port);
    cfg.dataDir = p.value(dataDir);
    cfg.dbUrl = p.isSet(dbOpt) ? p.value(dbOpt)
                               : QStringLiteral("sqlite:") + cfg.dataDir + QStringLiteral("/central.sqlite");
    cfg.portFile = p.value(portFile);
    cfg.demo = p.isSet(demo);
    cfg.demoSize = p.value(demoSize).toInt();
    cfg.accessTtl = qMax(1, p.value(accessTtl).toInt());
    cfg.cursorRetention = qMax<qint64>(1, p.value(retention).toLongLong());
    cfg.maxUpload = qMax<qint64>(1, p.value(maxUpload).toLongLong());
    cfg.loginAccountThreshold = qMax(1, p.value(lockAccount).toInt());
    cfg.loginAddressThreshold = qMax(1, p.value(lockAddress).toInt());
    cfg.offlineWindowDays = qBound(0, p.value(offlineWindow).toInt(), 365);
    cfg.laptopRetentionDays = qBound(0, p.value(laptopRetention).toInt(), 3650);
    if (p.isSet(clock)) {
        cfg.fixedClock = QDateTime::fromString(p.value(clock), Qt::ISODate);
        if (!cfg.demo || !cfg.fixedClock.isValid() || !p.value(clock).endsWith(QLatin1Char('Z'))) {
            std::fprintf(stderr, "--clock needs --demo and a UTC time such as 2026-03-02T03:00:00Z\n");
            return 2;
        }
    }

    CentralServer server(cfg);
    auto bound = server.start();
    if (!bound) {
        std::fprintf(stderr, "motcua-central: %s\n", qPrintable(bound.error().toString()));
        return 1;
    }
    std::printf("listening on http://%s:%u\n", qPrintable(cfg.host), unsigned(*bound));
    std::fflush(stdout);
    if (!cfg.portFile.isEmpty()) {
        QFile f(cfg.portFile + QStringLiteral(".tmp"));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QByteArray::number(*bound));
            f.close();
            QFile::remove(cfg.portFile);
            f.rename(cfg.portFile);
        }
    }

#ifdef Q_OS_UNIX
    //! Graceful SIGTERM/SIGINT: leave the event loop so the database closes cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sigFd) == 0) {
        auto *n = new QSocketNotifier(g_sigFd[1], QSocketNotifier::Read, &app);
        QObject::connect(n, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
#endif
    return app.exec();
}
