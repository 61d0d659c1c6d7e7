#pragma once

#include <QStringList>

// reviewdesk-cli meeting: the records of a round's 共識會議 — attendance, revisions, resolutions,
// decisions, finalising — for scripting and for reviewing what the meeting window records.
namespace rd::cli {

int meetingCommand(const QStringList& arguments);

} // namespace rd::cli
