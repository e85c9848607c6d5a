// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "motcua.app")

namespace {
AppController *s_instance = nullptr;
}

AppController::AppController(QObject *parent)
    : QObject(parent)
{ }

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppController *AppController::instance()
{
    if (!s_instance)
        s_instance = new AppController(QCoreApplication::instance());
    return s_instance;
}

AppController *AppController::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    AppController *c = instance();
    QJSEngine::setObjectOwnership(c, QJSEngine::CppOwnership);
    c->setEngine(qmlEngine);
    return c;
}

QString AppController::version() const
{
    return motcua::version();
}

void AppController::setLanguage(const QString &language)
{
    const QString lang = (language == QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("vi");
    if (lang == m_language && m_translator)
        return;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/motcua_%1.qm").arg(lang))) {
        qCWarning(lcApp) << "no translation for" << lang;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    m_language = lang;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}
