#pragma once

#include "models/core/StatusColours.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace rd {

// A message inside the window, above its content, for problems that need reading but not an answer (a
// workspace that could not be opened, a file ReviewDesk does not read): unlike a message box it blocks
// nothing, stays until closed or replaced, and its text can be selected and copied into a report.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(colours::Tone tone, const QString& text);
    QString text() const;
    colours::Tone tone() const { return m_tone; }

private:
    void changeEvent(QEvent* event) override;
    void applyColours();

    QLabel* m_text;
    QToolButton* m_close;
    colours::Tone m_tone = colours::Tone::Info;
};

} // namespace rd
