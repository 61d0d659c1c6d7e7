#pragma once

#include <QStringList>

// reviewdesk-cli reviewers … and assign …: the committee pool and who reviews which application.
namespace rd::cli {

int reviewersCommand(const QStringList& arguments);
int assignCommand(const QStringList& arguments);

} // namespace rd::cli
