// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//! Runs build/bin/motcua on one profile folder and collects its output.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace motcua::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class CliProfile
{
public:
    CliProfile() = default;

    [[nodiscard]] QString dir() const { return m_dir.path(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_MAX_ATTEMPTS"), QStringLiteral("3"));
        env.insert(QStringLiteral("MOTCUA_TRANSFER_TIMEOUT_MS"), QStringLiteral("5000"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("motcua.*.info=false"));
        return env;
    }

    //! Starts motcua (for the crash test, which kills it).
    void start(QProcess &p, const QStringList &args, const QProcessEnvironment &env) const
    {
        p.setProgram(QStringLiteral(MOTCUA_BIN_DIR "/motcua"));
        p.setArguments(QStringList {args.first(), QStringLiteral("--profile"), dir()} + args.mid(1));
        p.setProcessEnvironment(env);
        p.start();
    }

    CliRun run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000) const
    {
        return run(args, environment(), stdinData, timeoutMs);
    }

    CliRun run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {},
               int timeoutMs = 60000) const
    {
        QProcess p;
        start(p, args, env);
        CliRun r;
        if (!p.waitForStarted(10000))
            return r;
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace motcua::test
