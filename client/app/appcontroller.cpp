// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "motcua.app")

namespace {
//! Qt's own button texts (Dialog standardButtons, the file dialog) are looked
//! up in context "QPlatformTheme"; Qt ships no Vietnamese catalogue, so ours
//! carries them ("Hủy", "Mở"...). Listed here so that lupdate collects them.
[[maybe_unused]] constexpr const char *kQtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    //! The file picker's own labels (QtQuick.Dialogs' FileDialog.qml, context "FileDialog").
    QT_TRANSLATE_NOOP("FileDialog", "Filter"),
    QT_TRANSLATE_NOOP("FileDialog", "File name"),
};
} // namespace

AppController::AppController(QObject *parent)
    : QObject(parent)
{ }

AppController::~AppController()
{
    release(this);
}

AppController *AppController::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    AppController *c = forQml();
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
    //! Dates, numbers and day names in QML (Qt.locale(), Date.toLocaleString)
    //! and in QLocale() follow the UI language: "Thứ Tư, 2 tháng 12" in Vietnamese.
    QLocale::setDefault(lang == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (m_engine) {
        m_engine->setUiLanguage(lang);
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
}
