#pragma once

#include "models/store/ApplicationStore.h"
#include "models/store/Workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

// What every reviewdesk-cli command shares: output streams, option parsing, opening a workspace.
namespace rd::cli {

QTextStream& out();
QTextStream& err();
void printJson(const QJsonValue& value);

// Parses a subcommand's options; on --help prints it and returns 0, on bad usage returns 2; otherwise
// nothing, and the command goes on.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description,
                         int minPositional, int maxPositional = -1);

const QCommandLineOption& jsonOption();
const QCommandLineOption& roundOption();

// The round to work on: --round when given, else the most recent one; explains on stderr when none.
std::optional<qint64> chooseRound(ApplicationStore& store, const QCommandLineParser& parser);

// Opens a workspace, or explains on stderr why it cannot.
std::unique_ptr<Workspace> openWorkspace(const QString& path, Workspace::Access access);

// The workspace named by the first positional argument and the round to work on (--round, else the
// latest); explains on stderr when either cannot be had.
struct OpenRound
{
    std::unique_ptr<Workspace> workspace;
    qint64 round = 0;
};
std::optional<OpenRound> openRound(const QCommandLineParser& parser, Workspace::Access access);

// --title: the proposal title, when a company has several proposals in the round.
const QCommandLineOption& proposalTitleOption();

// The application of the round with this 統一編號 (and title, when the company has several); explains on
// stderr when there is none or more than one.
std::optional<qint64> findApplication(ApplicationStore& store, qint64 round, const QString& ubn, const QString& title);

// --sign NICKNAME and --password-file FILE: the certificate that signs and where its password or PIN is
// read from ("-": the first line of standard input). Without --password-file, an empty password.
const QCommandLineOption& signOption();
const QCommandLineOption& passwordFileOption();
std::optional<QString> readPassword(const QCommandLineParser& parser);

// Runs `reviewdesk-cli COMMAND ACTION …` by the action's name, or prints which actions there are.
int dispatch(const QStringList& arguments, const char* command,
             const QList<std::pair<const char*, int (*)(const QStringList&)>>& actions);

} // namespace rd::cli
