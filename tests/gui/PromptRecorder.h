#pragma once

#include "widgets/Prompts.h"

#include <QList>
#include <QString>

namespace rd::test {

// Answers the windows' prompts while it lives (widgets/Prompts.h): keeps every notice shown and answers
// questions from a queue of answers, "no" when it runs out. No message box opens, so no timer has to close one.
class PromptRecorder final : public prompts::Responder
{
public:
    struct Notice
    {
        enum class Kind
        {
            Warning,
            Information,
            Question
        } kind;
        QString title;
        QString text;
    };

    PromptRecorder() { prompts::setResponder(this); }
    ~PromptRecorder() override { prompts::setResponder(nullptr); }
    PromptRecorder(const PromptRecorder&) = delete;
    PromptRecorder& operator=(const PromptRecorder&) = delete;

    QList<Notice> notices;
    QList<bool> answers; // the next questions' answers, in order

    QString lastText() const { return notices.isEmpty() ? QString() : notices.last().text; }

    void warning(QWidget*, const QString& title, const QString& text) override
    {
        notices.append({Notice::Kind::Warning, title, text});
    }
    void information(QWidget*, const QString& title, const QString& text) override
    {
        notices.append({Notice::Kind::Information, title, text});
    }
    bool confirm(QWidget*, const QString& title, const QString& text, bool) override
    {
        notices.append({Notice::Kind::Question, title, text});
        return answers.isEmpty() ? false : answers.takeFirst();
    }
};

} // namespace rd::test
