#pragma once

#include <QStringList>

namespace rd::cli {

// Exit codes, the CLI's contract: 0 success, 1 some input failed, 2 usage.
enum ExitCode
{
    Success = 0,
    InputFailed = 1,
    Usage = 2
};

// Runs `reviewdesk-cli <command> …` with the arguments after the program name.
int run(const QStringList& arguments);

} // namespace rd::cli
