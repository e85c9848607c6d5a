// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace motcua::test {

TestServer::TestServer(QStringList extraArgs)
    : m_extra(std::move(extraArgs))
{ }

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(int timeoutMs)
{
    const QString bin = QStringLiteral(MOTCUA_BIN_DIR "/motcua-central");
    QStringList args {QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--db"),       QStringLiteral("sqlite:") + dbPath(),
                      QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                      QStringLiteral("--demo")};
    args += m_extra;
    m_proc.setProgram(bin);
    m_proc.setArguments(args);
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
    m_proc.start();
    if (!m_proc.waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on http://[^:\\s]+:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_proc.waitForReadyRead(200);
        out += m_proc.readAllStandardOutput();
        m_stderr += QString::fromUtf8(m_proc.readAllStandardError());
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return m_port != 0;
        }
        if (m_proc.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

void TestServer::stop()
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    m_proc.terminate();
    if (!m_proc.waitForFinished(10000)) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    m_stderr += QString::fromUtf8(m_proc.readAllStandardError());
}

} // namespace motcua::test
