// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <optional>

//! The one error shape QML shows (issue 17): a stable `code` for tests and
//! support, and `message` in the UI language. Built from a motcua::Error, the
//! message is translated when it is read, so a controller that re-announces its
//! error on a language switch shows it in the new language. `shown` is false for
//! "no error" (the default).
class UiError
{
    Q_GADGET
    QML_ANONYMOUS
    Q_PROPERTY(bool shown READ shown)
    Q_PROPERTY(QString code READ code)
    Q_PROPERTY(QString message READ message)

public:
    UiError() = default;
    explicit UiError(motcua::Error error)
        : m_error(std::move(error))
    { }
    //! A message already in the UI language (from a worker thread that translated it).
    static UiError translated(QString code, QString message)
    {
        UiError e;
        e.m_code = std::move(code);
        e.m_text = std::move(message);
        return e;
    }

    [[nodiscard]] bool shown() const { return m_error.has_value() || !m_text.isEmpty(); }
    [[nodiscard]] QString code() const { return m_error ? m_error->code : m_code; }
    [[nodiscard]] QString message() const { return m_error ? m_error->userMessage() : m_text; }

    bool operator==(const UiError &o) const
    {
        return code() == o.code() && message() == o.message() && shown() == o.shown();
    }

private:
    std::optional<motcua::Error> m_error;
    QString m_code;
    QString m_text;
};
