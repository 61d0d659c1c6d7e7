#include "app/cli/ScreeningCommands.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "models/print/SupplementNotice.h"
#include "models/screening/Screening.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace rd::cli {

namespace {

using screening::ScreeningStore;

const QCommandLineOption& reasonOption()
{
    static const QCommandLineOption option(QStringLiteral("reason"),
                                           QCoreApplication::translate("Cli", "Why (recorded on the audit trail)."),
                                           QStringLiteral("TEXT"));
    return option;
}

const QCommandLineOption& deadlineOption()
{
    static const QCommandLineOption option(
        QStringLiteral("deadline"), QCoreApplication::translate("Cli", "The last day to supplement, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    return option;
}

std::optional<QDate> deadlineOf(const QCommandLineParser& parser)
{
    const QDate date = QDate::fromString(parser.value(deadlineOption()), Qt::ISODate);
    if (!date.isValid()) {
        err() << QCoreApplication::translate("Cli", "--deadline must be a date as YYYY-MM-DD.") << '\n';
        return std::nullopt;
    }
    return date;
}

// The shared frame of the actions on one application: WS UBN, --round, --title, the action's own options.
int onApplication(const QStringList& arguments, const QString& description, const QList<QCommandLineOption>& options,
                  const std::function<Status(ScreeningStore&, qint64, const QCommandLineParser&)>& action)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The application's 統一編號."));
    parser.addOptions({roundOption(), proposalTitleOption()});
    parser.addOptions(options);
    if (auto done = parse(parser, arguments, description, 2, 2))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    ApplicationStore store(opened->workspace->db());
    const auto application =
        findApplication(store, opened->round, parser.positionalArguments().at(1), parser.value(proposalTitleOption()));
    if (!application)
        return InputFailed;
    ScreeningStore screening(opened->workspace->db());
    if (auto done = action(screening, *application, parser); !done) {
        err() << done.error() << '\n';
        return InputFailed;
    }
    return Success;
}

int screeningEligible(const QStringList& arguments)
{
    return onApplication(arguments,
                         QCoreApplication::translate("Cli", "Find an application eligible (符合); over error findings "
                                                            "only with --reason."),
                         {reasonOption()}, [](ScreeningStore& store, qint64 id, const QCommandLineParser& parser) {
                             return store.declareEligible(id, parser.value(reasonOption()));
                         });
}

int screeningSupplement(const QStringList& arguments)
{
    const QCommandLineOption item(
        QStringLiteral("item"),
        QCoreApplication::translate("Cli", "What to supplement or correct (repeatable); by default each error "
                                           "finding with its 004 section."),
        QStringLiteral("TEXT"));
    return onApplication(
        arguments, QCoreApplication::translate("Cli", "Ask the applicant to supplement (限期補正) by a deadline."),
        {deadlineOption(), item}, [&item](ScreeningStore& store, qint64 id, const QCommandLineParser& parser) {
            const auto deadline = deadlineOf(parser);
            if (!deadline)
                return Status::failure(QCoreApplication::translate("Cli", "No deadline."));
            QStringList items = parser.values(item);
            if (items.isEmpty()) {
                auto found = store.defaultItems(id);
                if (!found)
                    return Status::from(found);
                items = *found;
            }
            return store.requestSupplement(id, items, *deadline);
        });
}

int screeningReject(const QStringList& arguments)
{
    return onApplication(arguments, QCoreApplication::translate("Cli", "Do not accept an application (不予受理)."),
                         {reasonOption()}, [](ScreeningStore& store, qint64 id, const QCommandLineParser& parser) {
                             return store.reject(id, parser.value(reasonOption()));
                         });
}

int screeningExtend(const QStringList& arguments)
{
    return onApplication(
        arguments,
        QCoreApplication::translate("Cli", "Move the deadline to supplement (補正) of an application later."),
        {deadlineOption(), reasonOption()}, [](ScreeningStore& store, qint64 id, const QCommandLineParser& parser) {
            const auto deadline = deadlineOf(parser);
            if (!deadline)
                return Status::failure(QCoreApplication::translate("Cli", "No deadline."));
            return store.extend(id, *deadline, parser.value(reasonOption()));
        });
}

int screeningExtendSchedule(const QStringList& arguments)
{
    return onApplication(arguments,
                         QCoreApplication::translate("Cli", "Extend the review period (審查時程) of an eligible "
                                                            "application by one month, once (004 捌、二(一))."),
                         {reasonOption()}, [](ScreeningStore& store, qint64 id, const QCommandLineParser& parser) {
                             return store.extendSchedule(id, parser.value(reasonOption()));
                         });
}

int screeningClean(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOption(roundOption());
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Find every application not screened yet and without "
                                                             "error findings eligible (符合)."),
                          1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    auto count = ScreeningStore(opened->workspace->db()).declareCleanEligible(opened->round);
    if (!count) {
        err() << count.error() << '\n';
        return InputFailed;
    }
    out() << QCoreApplication::translate("Cli", "%1 applications found eligible (符合).").arg(*count) << '\n';
    return Success;
}

int screeningList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOptions({roundOption(), jsonOption()});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "List the screening (資格文件審查) outcome of every application."),
                  1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    ApplicationStore store(opened->workspace->db());
    auto apps = store.applications(opened->round);
    auto decisions = ScreeningStore(opened->workspace->db()).decisions(opened->round);
    if (!apps || !decisions) {
        err() << (!apps ? apps.error() : decisions.error()) << '\n';
        return InputFailed;
    }
    QJsonArray list;
    for (const ApplicationSummary& a : *apps) {
        const screening::Decision d = decisions->value(a.id);
        if (parser.isSet(jsonOption())) {
            list.append(QJsonObject{{QStringLiteral("application"), a.ubn},
                                    {QStringLiteral("title"), a.title},
                                    {QStringLiteral("version"), a.version},
                                    {QStringLiteral("outcome"), screening::outcomeKey(d.outcome)},
                                    {QStringLiteral("lapsed"), d.lapsed},
                                    {QStringLiteral("deadline"), d.deadline.toString(Qt::ISODate)},
                                    {QStringLiteral("items"), QJsonArray::fromStringList(d.items)},
                                    {QStringLiteral("reason"), d.reason},
                                    {QStringLiteral("overridden"), QJsonArray::fromStringList(d.overridden)},
                                    {QStringLiteral("documents_complete"), d.documentsComplete.toString(Qt::ISODate)},
                                    {QStringLiteral("review_due"), d.reviewDue.toString(Qt::ISODate)},
                                    {QStringLiteral("schedule_extended"), d.scheduleExtended}});
            continue;
        }
        out() << QStringLiteral("%1  %2  v%3  %4")
                     .arg(a.ubn, a.applicantName)
                     .arg(a.version)
                     .arg(screening::outcomeName(d.outcome));
        if (d.reviewDue.isValid())
            out() << QStringLiteral("  ")
                  << QCoreApplication::translate("Cli", "review due %1 (%2 days left)")
                         .arg(d.reviewDue.toString(Qt::ISODate))
                         .arg(d.daysLeft());
        if (const QString why = d.goesOn() && !d.overridden.isEmpty() ? d.reason : d.why(); !why.isEmpty())
            out() << QStringLiteral("\n    ") << why;
        out() << '\n';
    }
    if (parser.isSet(jsonOption()))
        printJson(list);
    return Success;
}

int screeningNotices(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("Cli", "The folder the notices are written to."));
    parser.addOption(roundOption());
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate(
                              "Cli", "Write the notices to supplement (補正通知): a PDF per applicant to supplement "
                                     "and one CSV list."),
                          2, 2))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    auto report =
        screening::writeSupplementNotices(opened->workspace->db(), opened->round, parser.positionalArguments().at(1));
    if (!report) {
        err() << report.error() << '\n';
        return InputFailed;
    }
    for (const QString& file : std::as_const(report->files))
        out() << file << '\n';
    return Success;
}

} // namespace

int screeningCommand(const QStringList& arguments)
{
    return dispatch(arguments, "screening",
                    {{"list", screeningList},
                     {"eligible", screeningEligible},
                     {"clean", screeningClean},
                     {"supplement", screeningSupplement},
                     {"extend", screeningExtend},
                     {"extend-schedule", screeningExtendSchedule},
                     {"reject", screeningReject},
                     {"notices", screeningNotices}});
}

} // namespace rd::cli
