// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets.h"
#include "signcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-sign"));
    (void)motcua::takeEnvironmentSecret("MOTCUA_PIN"); // out of the environment at once
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    args.removeAt(1 < args.size() ? 1 : 0);
    if (command == QLatin1String("sign"))
        return motcua::signing::tool::runSign(args);
    if (command == QLatin1String("verify"))
        return motcua::signing::tool::runVerify(args);
    if (command == QLatin1String("extend"))
        return motcua::signing::tool::runExtend(args);
    if (command == QLatin1String("tokens"))
        return motcua::signing::tool::runTokens(args);
    const bool help = command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help");
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "motcua-sign " << MOTCUA_VERSION << '\n';
        return 0;
    }
    // --help prints the usage on stdout and succeeds; a wrong command is a usage error (exit 2).
    QFile out;
    if (!out.open(help ? stdout : stderr, QIODevice::WriteOnly))
        return 2;
    QTextStream(&out) << QCoreApplication::translate(
        "motcua-sign",
        "Usage:\n"
        "  motcua-sign sign --in FILE|DIR --out FILE|DIR (--p12 FILE | --pkcs11-module LIB [--token LABEL] "
        "[--key LABEL])\n"
        "                   [--tsa URL] [--visible PAGE,X,Y,W,H] [--reason TEXT] [--copy-form TEXT] "
        "[--agency TEXT] [--text LINE]...\n"
        "                   [--signature-image PNG] [--seal-image PNG]\n"
        "  motcua-sign verify FILE [--trust PEM|DIR]... [--json] [--offline] [--revocation-cache DIR]\n"
        "  motcua-sign extend --level lt|lta [--tsa URL] [--trust PEM|DIR]... [--revocation-cache DIR] "
        "[--out FILE] "
        "FILE\n"
        "  motcua-sign tokens --pkcs11-module LIB\n"
        "--copy-form/--agency without --visible put a text stamp at the top right of page 1.\n"
        "The PIN or password is read from MOTCUA_PIN or from the first line of standard input.\n");
    return help ? 0 : 2;
}
