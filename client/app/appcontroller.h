// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <memory>

//! Application-wide state for QML: version and UI language (Vietnamese by
//! default, switchable at run time without a restart).
class AppController : public QObject, public AppSingleton<AppController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    //! No default argument: Qt 6.4 would construct a second instance for QML
    //! instead of calling create() if the class were default-constructible.
    explicit AppController(QObject *parent);
    ~AppController() override;

    //! The instance (AppSingleton::instance()) is shared by QML and main(); main()
    //! configures it before QML loads.
    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString language() const { return m_language; }
    //! Loads :/i18n/motcua_<lang>.qm and retranslates the engine. Unknown languages fall back to "vi".
    void setLanguage(const QString &language);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine *m_engine = nullptr;
};
