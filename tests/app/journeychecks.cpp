// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeychecks.h"

#include <QFile>
#include <QMetaProperty>
#include <QXmlStreamReader>

namespace journey {

QHash<QString, QString> readCatalogue(const QString &tsPath)
{
    QHash<QString, QString> out;
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")).size() > 0;
            const QString t = xml.readElementText();
            if (!unfinished && !t.isEmpty() && !source.isEmpty())
                out.insert(source, t);
        }
    }
    return out;
}

namespace {
bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText");
}

template<typename F> void walk(QQuickItem *item, F &&f)
{
    if (!item || !item->isVisible())
        return;
    f(item);
    const auto kids = item->childItems();
    for (QQuickItem *c : kids)
        walk(c, f);
}

QString describe(const QQuickItem *item)
{
    QStringList path;
    for (const QQuickItem *p = item; p && path.size() < 3; p = p->parentItem()) {
        if (!p->objectName().isEmpty())
            path << p->objectName();
    }
    return path.join(QLatin1Char('<'));
}
} // namespace

QStringList overflowingTexts(QQuickItem *root)
{
    QStringList out;
    walk(root, [&out](QQuickItem *item) {
        if (!isText(item) || item->width() <= 0)
            return;
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty())
            return;
        const int elide = item->property("elide").toInt(); // Text.ElideNone = 3
        const int wrap = item->property("wrapMode").toInt(); // Text.NoWrap = 0
        if (elide != 3 || wrap != 0)
            return;
        const qreal implicit = item->implicitWidth();
        //! One pixel of slack for sub-pixel layout rounding.
        if (implicit > item->width() + 1.0)
            out << QStringLiteral("%1 '%2' (%3 > %4)")
                       .arg(describe(item), text.left(60))
                       .arg(implicit, 0, 'f', 0)
                       .arg(item->width(), 0, 'f', 0);
    });
    return out;
}

QStringList untranslatedTexts(QQuickItem *root, const QHash<QString, QString> &vi)
{
    QStringList out;
    walk(root, [&](QQuickItem *item) {
        if (!isText(item))
            return;
        const QString text = item->property("text").toString();
        const auto it = vi.constFind(text);
        if (it != vi.constEnd() && it.value() != text)
            out << QStringLiteral("%1 '%2'").arg(describe(item), text);
    });
    out.removeDuplicates();
    return out;
}

QStringList shortcutClashes(QObject *root)
{
    QHash<QString, QStringList> byKeys;
    const auto all = root->findChildren<QObject *>();
    for (QObject *o : all) {
        if (qstrcmp(o->metaObject()->className(), "QQuickShortcut") != 0 || !o->property("enabled").toBool())
            continue;
        const QString keys = o->property("portableText").toString();
        if (!keys.isEmpty())
            byKeys[keys] << (o->parent() ? o->parent()->objectName() : QString());
    }
    QStringList out;
    for (auto it = byKeys.cbegin(); it != byKeys.cend(); ++it) {
        if (it.value().size() > 1)
            out << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return out;
}

} // namespace journey
