#pragma once

#include <QString>

class QWidget;

// The questions and notices the windows put to the user, in one place: by default message boxes, and a seam
// where a test answers them instead of a timer closing real boxes.
namespace rd::prompts {

class Responder
{
public:
    virtual ~Responder() = default;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    // A yes-or-no question; `yesByDefault` says which answer Enter gives.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, bool yesByDefault) = 0;
};

// Something went wrong and the user must know before going on.
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
bool confirm(QWidget* parent, const QString& title, const QString& text, bool yesByDefault = false);

// Answers every prompt with `responder` until it is reset (nullptr: message boxes again); for tests.
void setResponder(Responder* responder);

} // namespace rd::prompts
