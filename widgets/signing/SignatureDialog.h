#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace rd::signaturedialog {

struct Choice
{
    QString nickname; // empty: do not sign
    QString commonName;
    QString password; // for this one operation; never stored
};

// The certificate registered for the person acting (docs/signatures.md, "Roles"): the dialog preselects it
// and refuses another one with the reason, as the signature would be refused where it is checked.
struct Expected
{
    QStringList fingerprints; // empty: nothing registered, any certificate may be chosen
    QString who;              // the role holder, for messages: "the chair (召集人) (王大明)"
    QString unregistered;     // shown when nothing is registered: what follows from signing anyway
};

// Asks which certificate signs `what` and for its password or PIN. The certificate list is read off the UI
// thread; a smart card's PIN asked while listing comes through a dialog as well. nullopt: cancelled.
std::optional<Choice> choose(QWidget* parent, const QString& what, bool allowUnsigned, const Expected& expected = {});

// Installs the dialog that answers NSS's password and PIN questions for the GUI (nss::setPasswordPrompt).
void installPasswordPrompt(QWidget* window);

} // namespace rd::signaturedialog
