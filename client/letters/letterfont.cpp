// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterfont.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMutex>
#include <QStandardPaths>

namespace motcua::letters {

QStringList serifFontCandidates()
{
    QStringList out;
    const QString env = qEnvironmentVariable("MOTCUA_LETTER_FONT");
    if (!env.isEmpty())
        out << env;
    const QStringList files {QStringLiteral("truetype/liberation2/LiberationSerif-Regular.ttf"),
                             QStringLiteral("truetype/liberation/LiberationSerif-Regular.ttf")};
    QStringList roots = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    roots << QStringLiteral("/usr/share/fonts") << QStringLiteral("/usr/local/share/fonts");
    for (const QString &root : std::as_const(roots)) {
        for (const QString &f : files)
            out << QDir(root).filePath(f);
        out << QDir(root).filePath(QStringLiteral("LiberationSerif-Regular.ttf"));
    }
    out << QStringLiteral("C:/Windows/Fonts/times.ttf")
        << QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    out.removeDuplicates();
    return out;
}

Result<QString> loadSerifFamily()
{
    static QMutex mutex;
    static QString family;
    QMutexLocker lock(&mutex);
    if (!family.isEmpty())
        return family;
    for (const QString &path : serifFontCandidates()) {
        if (!QFileInfo(path).isReadable())
            continue;
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            continue;
        //! Bold and italic faces next to the regular one (Liberation ships them side by side).
        const QString base = QFileInfo(path).absolutePath() + QLatin1Char('/');
        const QString stem = QFileInfo(path).completeBaseName().section(QLatin1Char('-'), 0, 0);
        for (const char *face : {"-Bold.ttf", "-Italic.ttf", "-BoldItalic.ttf"}) {
            const QString f = base + stem + QLatin1String(face);
            if (QFileInfo(f).isReadable())
                QFontDatabase::addApplicationFont(f);
        }
        family = families.first();
        return family;
    }
    return Error::make(Error::Kind::Internal, QStringLiteral("letters.font_missing"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "No serif font with Vietnamese letters was found (install "
                                         "fonts-liberation2 or set MOTCUA_LETTER_FONT)."));
}

} // namespace motcua::letters
