#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace rd::signaturedialog {

struct Choice
{
    QString nickname; // empty: do not sign
    QString commonName;
    QString password; // for this one operation; never stored
};

// Asks which certificate signs `what` and for its password or PIN. The certificate list is read off the UI
// thread; a smart card's PIN asked while listing comes through a dialog as well. nullopt: cancelled.
std::optional<Choice> choose(QWidget* parent, const QString& what, bool allowUnsigned);

// Installs the dialog that answers NSS's password and PIN questions for the GUI (nss::setPasswordPrompt).
void installPasswordPrompt(QWidget* window);

} // namespace rd::signaturedialog
