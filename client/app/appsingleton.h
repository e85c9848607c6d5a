// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJSEngine>

//! The one instance of a controller that C++ and QML (QML_SINGLETON) share:
//! made on first use as a child of the application, or adopted when a test or
//! main() constructs it first; QML never owns (or deletes) it.
template<typename T> class AppSingleton
{
public:
    //! The shared instance.
    static T *instance()
    {
        if (!s_instance)
            s_instance = new T(QCoreApplication::instance());
        return s_instance;
    }

protected:
    AppSingleton() = default;
    ~AppSingleton() = default;

    //! For T::create(): the shared instance, owned by C++.
    static T *forQml()
    {
        T *t = instance();
        QJSEngine::setObjectOwnership(t, QJSEngine::CppOwnership);
        return t;
    }
    //! Makes `t` the shared instance if there is none yet (call from T's constructor).
    static void adopt(T *t)
    {
        if (!s_instance)
            s_instance = t;
    }
    //! Forgets `t` if it is the shared instance (call from T's destructor).
    static void release(T *t)
    {
        if (s_instance == t)
            s_instance = nullptr;
    }

private:
    static inline T *s_instance = nullptr;
};
