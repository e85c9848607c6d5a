// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks the journey test runs on every screen it reaches: text wider than its
// box, English left in Vietnamese mode, two enabled shortcuts on the same keys.

#include <QHash>
#include <QQuickItem>
#include <QSet>
#include <QStringList>

namespace journey {

//! "source → translation" of a .ts file (only finished, non-numerus messages).
QHash<QString, QString> readCatalogue(const QString &tsPath);

//! Visible Text/Label items whose text does not fit their width and that neither
//! elide nor wrap (the text is cut off), as "objectName 'text' (implicit > width)".
QStringList overflowingTexts(QQuickItem *root);

//! Elided labels of buttons and hints of text fields ("Mã PIN của thiết bị ký số …"):
//! a control whose own words do not fit it (a list row's eliding label is not one).
QStringList elidedControlTexts(QQuickItem *root);

//! Visible texts equal to an English source whose Vietnamese translation differs:
//! English left on a Vietnamese screen.
QStringList untranslatedTexts(QQuickItem *root, const QHash<QString, QString> &vi);

//! Visible texts equal to a Vietnamese translation that differs from its English
//! source: Vietnamese left on an English screen (after a language switch).
QStringList leftoverVietnamese(QQuickItem *root, const QHash<QString, QString> &vi);

//! Visible controls and texts reaching past the item that clips them (or the
//! window) sideways: toolbar buttons cut off at the right. Content of a
//! Flickable (lists, scrolled panes) is left out: it scrolls.
QStringList clippedItems(QQuickItem *root);

//! Characters of visible texts that no installed font can draw (a box on
//! screen), e.g. an emoji on a desk without an emoji font.
QStringList missingGlyphs(QQuickItem *root);

//! Key sequences bound to more than one enabled Shortcut under `root`.
QStringList shortcutClashes(QObject *root);

} // namespace journey
