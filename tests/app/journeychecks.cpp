// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeychecks.h"

#include <QFile>
#include <QFontMetricsF>
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

//! The text and, when it starts with an icon or a dash ("– Not signed", "✔ Sent"),
//! the words after it: both are looked up in the catalogue.
QStringList candidates(const QString &text)
{
    QStringList out {text};
    qsizetype i = 0;
    while (i < text.size() && !text.at(i).isLetterOrNumber())
        ++i;
    if (i > 0 && i < text.size())
        out << text.mid(i);
    return out;
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

QStringList elidedControlTexts(QQuickItem *root)
{
    QStringList out;
    walk(root, [&out](QQuickItem *item) {
        const QQuickItem *control = item->parentItem();
        if (!isText(item) || !control || !item->property("truncated").toBool())
            return;
        //! A button's label (its IconLabel's text, or a Text as its contentItem) or a field's hint.
        if (control->inherits("QQuickIconLabel") || control->inherits("QQuickAbstractButton")
            || control->inherits("QQuickTextField") || control->inherits("QQuickTextArea"))
            out << QStringLiteral("%1 '%2' (%3 > %4)")
                       .arg(describe(item), item->property("text").toString().left(60))
                       .arg(item->implicitWidth(), 0, 'f', 0)
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
        for (const QString &t : candidates(text)) {
            const auto it = vi.constFind(t);
            if (it != vi.constEnd() && it.value() != t) {
                out << QStringLiteral("%1 '%2'").arg(describe(item), text);
                break;
            }
        }
    });
    out.removeDuplicates();
    return out;
}

QStringList leftoverVietnamese(QQuickItem *root, const QHash<QString, QString> &vi)
{
    QSet<QString> translations;
    for (auto it = vi.cbegin(); it != vi.cend(); ++it) {
        if (it.value() != it.key())
            translations.insert(it.value());
    }
    QStringList out;
    walk(root, [&](QQuickItem *item) {
        if (!isText(item))
            return;
        const QString text = item->property("text").toString();
        for (const QString &t : candidates(text)) {
            if (translations.contains(t)) {
                out << QStringLiteral("%1 '%2'").arg(describe(item), text);
                break;
            }
        }
    });
    out.removeDuplicates();
    return out;
}

QStringList clippedItems(QQuickItem *root)
{
    QStringList out;
    const QRectF window = root->mapRectToScene(QRectF(0, 0, root->width(), root->height()));
    walk(root, [&](QQuickItem *item) {
        if (item == root || item->width() <= 0 || item->height() <= 0 || item->opacity() <= 0
            || !(isText(item) || item->inherits("QQuickControl")))
            return;
        QRectF bound = window;
        for (QQuickItem *p = item->parentItem(); p && p != root; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable"))
                return;
            if (p->clip()) {
                bound = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
                break;
            }
        }
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        //! One pixel of slack for sub-pixel layout rounding.
        if (r.right() > bound.right() + 1.0 || r.left() < bound.left() - 1.0) {
            const QString what = isText(item) ? item->property("text").toString().left(40)
                                              : QString::fromLatin1(item->metaObject()->className());
            out << QStringLiteral("%1 '%2' (%3..%4 outside %5..%6)")
                       .arg(describe(item), what)
                       .arg(r.left(), 0, 'f', 0)
                       .arg(r.right(), 0, 'f', 0)
                       .arg(bound.left(), 0, 'f', 0)
                       .arg(bound.right(), 0, 'f', 0);
        }
    });
    return out;
}

QStringList missingGlyphs(QQuickItem *root)
{
    QStringList out;
    walk(root, [&out](QQuickItem *item) {
        if (!isText(item))
            return;
        const QString text = item->property("text").toString();
        if (text.isEmpty())
            return;
        //! inFontUcs4 asks the font with its fallbacks: false means no font has it.
        const QFontMetricsF fm(item->property("font").value<QFont>());
        for (const char32_t c : text.toUcs4()) {
            const QChar::Category cat = QChar::category(c);
            if (QChar::isSpace(c) || cat == QChar::Other_Control || cat == QChar::Other_Format)
                continue;
            if (!fm.inFontUcs4(c)) {
                out << QStringLiteral("%1 '%2' U+%3")
                           .arg(describe(item), text.left(40))
                           .arg(uint(c), 4, 16, QLatin1Char('0'));
                break;
            }
        }
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
