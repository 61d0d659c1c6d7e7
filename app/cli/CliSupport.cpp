#include "app/cli/CliSupport.h"

#include "app/cli/CliCommands.h"

#include "models/audit/AuditTrail.h"
#include "models/store/WorkspaceMeta.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

// QCommandLineParser's usage line names the program as it was started (argv[0]); a command's usage names the
// command too, as `reviewdesk-cli import`, which run() puts first in the arguments.
QString helpText(const QCommandLineParser& parser, const QStringList& arguments)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    if (at >= 0 && !arguments.isEmpty())
        text.replace(at, program.size(), arguments.first());
    return text;
}

// Parses a subcommand's options; on --help prints it and returns Success, on bad usage returns Usage.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description,
                         int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n' << helpText(parser, arguments);
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, arguments);
        return Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err() << helpText(parser, arguments);
        return Usage;
    }
    return std::nullopt;
}

// Built after the translator is installed, so their help text is in the user's language.
const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"),
                                           QCoreApplication::translate("Cli", "Print the result as JSON."));
    return option;
}

const QCommandLineOption& roundOption()
{
    static const QCommandLineOption option(QStringLiteral("round"),
                                           QCoreApplication::translate("Cli", "The round (default: the latest)."),
                                           QStringLiteral("ID"));
    return option;
}

// The round to work on: --round when given, else the most recent one.
std::optional<qint64> chooseRound(ApplicationStore& store, const QCommandLineParser& parser)
{
    auto rounds = store.rounds();
    if (!rounds || rounds->isEmpty()) {
        err() << QCoreApplication::translate("Cli", "The workspace has no review round.") << '\n';
        return std::nullopt;
    }
    if (!parser.isSet(roundOption()))
        return rounds->last().id;
    bool ok = false;
    const qint64 id = parser.value(roundOption()).toLongLong(&ok);
    for (const Round& r : *rounds) {
        if (ok && r.id == id)
            return id;
    }
    err() << QCoreApplication::translate("Cli", "There is no round %1 in this workspace.")
                 .arg(parser.value(roundOption()))
          << '\n';
    return std::nullopt;
}

std::unique_ptr<Workspace> openWorkspace(const QString& path, Workspace::Access access)
{
    auto workspace = Workspace::open(path, access);
    if (!workspace) {
        err() << workspace.error() << '\n';
        return nullptr;
    }
    // The audit trail names who works: the account, as a member (a workspace made from a package) or the
    // secretariat.
    auto package = meta::value((*workspace)->db(), meta::packageKey());
    audit::setOperator(audit::accountName(),
                       package && !package->isEmpty() ? QStringLiteral("reviewer") : QStringLiteral("secretariat"));
    return std::move(workspace).value();
}

std::optional<OpenRound> openRound(const QCommandLineParser& parser, Workspace::Access access)
{
    auto workspace = openWorkspace(parser.positionalArguments().at(0), access);
    if (!workspace)
        return std::nullopt;
    ApplicationStore store(workspace->db());
    const auto round = chooseRound(store, parser);
    if (!round)
        return std::nullopt;
    return OpenRound{std::move(workspace), *round};
}

const QCommandLineOption& proposalTitleOption()
{
    static const QCommandLineOption option(
        QStringLiteral("title"),
        QCoreApplication::translate("Cli", "The proposal title, when the company has several."),
        QStringLiteral("TITLE"));
    return option;
}

// The application of the round with this 統一編號 (and title, when the company has several).
std::optional<qint64> findApplication(ApplicationStore& store, qint64 round, const QString& ubn, const QString& title)
{
    auto applications = store.applications(round);
    if (!applications) {
        err() << applications.error() << '\n';
        return std::nullopt;
    }
    QList<qint64> matches;
    for (const ApplicationSummary& s : *applications) {
        if (s.ubn == ubn && (title.isEmpty() || s.title == title))
            matches << s.id;
    }
    if (matches.size() == 1)
        return matches.first();
    err() << (matches.isEmpty()
                  ? QCoreApplication::translate("Cli", "No application of the round has 統一編號 %1.").arg(ubn)
                  : QCoreApplication::translate(
                        "Cli", "統一編號 %1 has several proposals in the round; choose one with --title.")
                        .arg(ubn))
          << '\n';
    return std::nullopt;
}

int dispatch(const QStringList& arguments, const char* command,
             const QList<std::pair<const char*, int (*)(const QStringList&)>>& actions)
{
    const QString action = arguments.value(1);
    for (const auto& [name, run] : actions) {
        if (action == QLatin1String(name)) {
            QStringList rest = arguments.mid(1);
            rest[0] = QStringLiteral("reviewdesk-cli %1 %2").arg(QLatin1String(command), action);
            return run(rest);
        }
    }
    QStringList names;
    for (const auto& [name, run] : actions)
        names << QLatin1String(name);
    const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
    (help ? out() : err()) << QCoreApplication::translate("Cli", "Usage: reviewdesk-cli %1 %2 WS … (each takes --help)")
                                  .arg(QLatin1String(command), names.join(u'|'))
                           << '\n';
    return help ? Success : Usage;
}

const QCommandLineOption& signOption()
{
    static const QCommandLineOption option(
        QStringLiteral("sign"),
        QCoreApplication::translate("Cli", "Sign with this certificate (its nickname; see `certs list`)."),
        QStringLiteral("NICKNAME"));
    return option;
}

const QCommandLineOption& passwordFileOption()
{
    static const QCommandLineOption option(
        QStringLiteral("password-file"),
        QCoreApplication::translate("Cli", "Read the certificate's password or PIN from FILE (- for standard input)."),
        QStringLiteral("FILE"));
    return option;
}

std::optional<QString> readPassword(const QCommandLineParser& parser)
{
    if (!parser.isSet(passwordFileOption()))
        return QString();
    const QString path = parser.value(passwordFileOption());
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err()
            << QCoreApplication::translate("Cli", "Cannot read the password file %1: %2").arg(path, file.errorString())
            << '\n';
        return std::nullopt;
    }
    return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

} // namespace rd::cli
