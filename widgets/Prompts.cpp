#include "widgets/Prompts.h"

#include <QMessageBox>

namespace rd::prompts {

namespace {

Responder* installed = nullptr;

} // namespace

void setResponder(Responder* responder)
{
    installed = responder;
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    if (installed)
        installed->warning(parent, title, text);
    else
        QMessageBox::warning(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    if (installed)
        installed->information(parent, title, text);
    else
        QMessageBox::information(parent, title, text);
}

bool confirm(QWidget* parent, const QString& title, const QString& text, bool yesByDefault)
{
    if (installed)
        return installed->confirm(parent, title, text, yesByDefault);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 yesByDefault ? QMessageBox::Yes : QMessageBox::No) == QMessageBox::Yes;
}

} // namespace rd::prompts
