// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace motcua::signing {

//! A vector shared between copies until one of them changes it (copy on write).
//! Reading an object out of a file's cache copies it: with plain vectors that was
//! a deep copy of every entry (a 100k-key catalog copied at each lookup), now it is
//! a reference count. Only const iteration is offered, so reading a non-const
//! object never detaches; changes go through push_back/emplace_back/at()/eraseAt().
template<typename T> class PdfShared
{
public:
    using value_type = T;
    using const_iterator = typename std::vector<T>::const_iterator;
    using const_reverse_iterator = typename std::vector<T>::const_reverse_iterator;

    PdfShared() = default;
    PdfShared(std::vector<T> v)
    {
        if (!v.empty())
            m_d = std::make_shared<std::vector<T>>(std::move(v));
    }
    PdfShared(std::initializer_list<T> l)
        : PdfShared(std::vector<T>(l))
    { }

    [[nodiscard]] size_t size() const { return m_d ? m_d->size() : 0; }
    [[nodiscard]] bool empty() const { return !m_d || m_d->empty(); }
    const T &operator[](size_t i) const { return (*m_d)[i]; }
    [[nodiscard]] const_iterator begin() const { return get().begin(); }
    [[nodiscard]] const_iterator end() const { return get().end(); }
    [[nodiscard]] const_reverse_iterator rbegin() const { return get().rbegin(); }
    [[nodiscard]] const_reverse_iterator rend() const { return get().rend(); }
    [[nodiscard]] const T &back() const { return m_d->back(); }

    //! The i-th item, for changing it (detaches).
    T &at(size_t i) { return mut()[i]; }
    void push_back(T v) { mut().push_back(std::move(v)); }
    template<typename... Args> void emplace_back(Args &&...args)
    {
        mut().emplace_back(std::forward<Args>(args)...);
    }
    void eraseAt(size_t i) { mut().erase(mut().begin() + std::ptrdiff_t(i)); }
    void reserve(size_t n) { mut().reserve(n); }
    //! The vector itself, for bulk changes (detaches).
    std::vector<T> &mutableVector() { return mut(); }

private:
    const std::vector<T> &get() const
    {
        static const std::vector<T> none;
        return m_d ? *m_d : none;
    }
    std::vector<T> &mut()
    {
        if (!m_d)
            m_d = std::make_shared<std::vector<T>>();
        else if (m_d.use_count() > 1)
            m_d = std::make_shared<std::vector<T>>(*m_d);
        return *m_d;
    }
    std::shared_ptr<std::vector<T>> m_d;
};

//! A parsed PDF object: just enough of the model to read the structure that
//! signing and validation need and to write it back unchanged in an update.
//! Numbers keep their original token so that re-serialising a dictionary never
//! changes a value through float formatting.
struct PdfObject
{
    enum class Type { Null, Bool, Number, String, Name, Array, Dict, Ref };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QByteArray token; //!< number token as written, string bytes (decoded) or name (without '/', decoded)
    int refNum = 0;
    int refGen = 0;
    PdfShared<PdfObject> array;
    PdfShared<std::pair<QByteArray, PdfObject>> dict;

    [[nodiscard]] static PdfObject makeInt(qint64 v);
    [[nodiscard]] static PdfObject makeName(const QByteArray &n);
    [[nodiscard]] static PdfObject makeString(const QByteArray &s);
    [[nodiscard]] static PdfObject makeRef(int num, int gen = 0);
    [[nodiscard]] static PdfObject makeArray(std::vector<PdfObject> items = {});
    [[nodiscard]] static PdfObject makeDict();

    [[nodiscard]] bool isNull() const { return type == Type::Null; }
    [[nodiscard]] bool isDict() const { return type == Type::Dict; }
    [[nodiscard]] bool isArray() const { return type == Type::Array; }
    [[nodiscard]] bool isRef() const { return type == Type::Ref; }
    [[nodiscard]] bool isName(const char *n = nullptr) const;
    [[nodiscard]] bool isNumber() const { return type == Type::Number; }
    [[nodiscard]] bool isString() const { return type == Type::String; }
    [[nodiscard]] qint64 toInt(qint64 fallback = 0) const;

    //! Dictionary lookup; returns a Null object when absent or not a dictionary.
    [[nodiscard]] const PdfObject &get(const char *key) const;
    [[nodiscard]] bool has(const char *key) const;
    void set(const QByteArray &key, PdfObject value);
    void remove(const char *key);

    //! PDF syntax for this object (strings as hex, names escaped).
    [[nodiscard]] QByteArray serialize() const;
    void serializeTo(QByteArray &out) const;
};

//! Hex-encode bytes as a PDF hex string body (upper case).
QByteArray pdfHex(const QByteArray &bytes);

} // namespace motcua::signing
