#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace rd::test {

// The controls under `root` a keyboard or screen-reader user reaches that have no accessible name: neither
// set nor taken from their text or a buddy label. Each is described by its class, object name and parent.
inline QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        // The editor inside a spin or combo box, a combo box's popup list, or a view's own scroll bars and headers,
        // is named by its owner.
        QWidget* grandparent = w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr;
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView*>(grandparent) || qobject_cast<QComboBox*>(grandparent))
            continue;
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                             qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                             qobject_cast<QAbstractItemView*>(w) || qobject_cast<QTextEdit*>(w) ||
                             qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QAbstractSlider*>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 \"%2\" in %3")
                       .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                            w->parentWidget() ? QLatin1String(w->parentWidget()->metaObject()->className())
                                              : QStringLiteral("-"));
    }
    return unnamed;
}

} // namespace rd::test
