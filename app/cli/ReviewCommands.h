#pragma once

#include <QStringList>

// reviewdesk-cli reviewers …, assign … and preliminary …: the committee pool, who reviews which
// application, and the secretariat's preliminary opinions.
namespace rd::cli {

int reviewersCommand(const QStringList& arguments);
int assignCommand(const QStringList& arguments);
int preliminaryCommand(const QStringList& arguments);

} // namespace rd::cli
