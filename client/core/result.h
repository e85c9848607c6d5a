// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

namespace motcua {

//! A typed error carried as a value. `code` is stable (tests, logs, API problem
//! codes); `message` is an untranslated English source text with %1..%n
//! placeholders, marked for translation with QT_TRANSLATE_NOOP("motcua::Error", ...)
//! so that the UI can show it in the user's language via userMessage().
struct Error
{
    enum class Kind {
        Invalid, //!< bad input: malformed JSON, a field out of range, a missing reason
        NotFound,
        Forbidden, //!< role or agency does not allow it
        Conflict, //!< illegal transition or another official acted first
        Stale, //!< version mismatch (If-Match)
        Unauthorized, //!< not signed in / token expired
        Network,
        Storage, //!< SQLite or file system
        Crypto,
        Cancelled,
        Internal,
    };

    Kind kind = Kind::Internal;
    QString code; //!< e.g. "workflow.illegal_transition"
    const char *message = ""; //!< English source text, translated in userMessage()
    QStringList args; //!< substituted for %1..%n after translation
    QString path; //!< JSON path or field name for validation errors, e.g. "components[2].sha256"
    QString detail; //!< technical detail for logs and reports (not translated)

    [[nodiscard]] static Error make(Kind kind, QString code, const char *message, QStringList args = {},
                                    QString path = {})
    {
        Error e;
        e.kind = kind;
        e.code = std::move(code);
        e.message = message;
        e.args = std::move(args);
        e.path = std::move(path);
        return e;
    }

    Error &withDetail(QString d)
    {
        detail = std::move(d);
        return *this;
    }
    Error &withPath(QString p)
    {
        path = std::move(p);
        return *this;
    }

    //! The message in the current UI language, with its arguments filled in.
    [[nodiscard]] QString userMessage() const
    {
        QString text = QCoreApplication::translate("motcua::Error", message);
        for (const QString &a : args)
            text = text.arg(a);
        return text;
    }

    //! The English message with arguments (for logs and the server).
    [[nodiscard]] QString englishMessage() const
    {
        QString text = QString::fromUtf8(message);
        for (const QString &a : args)
            text = text.arg(a);
        return text;
    }

    [[nodiscard]] QString toString() const
    {
        QString s = code + QStringLiteral(": ") + englishMessage();
        if (!path.isEmpty())
            s += QStringLiteral(" (at ") + path + QLatin1Char(')');
        if (!detail.isEmpty())
            s += QStringLiteral(" [") + detail + QLatin1Char(']');
        return s;
    }
};

//! The Error returned by Result::error() on success.
inline const Error &noError()
{
    static const Error none = Error::make(Error::Kind::Internal, QString(), "");
    return none;
}

//! Result<T>: either a value or an Error. Errors are values; nothing is only logged.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    //! The error; on success an empty Error (code "") rather than undefined behaviour,
    //! so that diagnostics built eagerly (e.g. QVERIFY2 messages) are safe.
    [[nodiscard]] const Error &error() const { return ok() ? noError() : std::get<1>(m_data); }
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    //! The error; an empty Error (code "") on success.
    [[nodiscard]] const Error &error() const { return m_error ? *m_error : noError(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace motcua
