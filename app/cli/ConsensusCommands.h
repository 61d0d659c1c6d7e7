#pragma once

#include <QStringList>

// reviewdesk-cli consensus: the compiled figures of a round's returned score sheets.
namespace rd::cli {

int consensusCommand(const QStringList& arguments);

} // namespace rd::cli
