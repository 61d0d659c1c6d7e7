#include "app/cli/ReviewCommands.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {

namespace {

int reviewersAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Cli", "The member's name."));
    const QCommandLineOption organization(QStringLiteral("organization"),
                                          QCoreApplication::translate("Cli", "Where the member works."),
                                          QStringLiteral("ORG"));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("Cli", "Job title (職稱)."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption email(QStringLiteral("email"), QCoreApplication::translate("Cli", "E-mail address."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption internal(
        QStringLiteral("internal"),
        QCoreApplication::translate("Cli", "An internal member (default: external expert)."));
    const QCommandLineOption declareOrg(
        QStringLiteral("declare-org"),
        QCoreApplication::translate("Cli", "An organisation the member declares ties with (repeatable)."),
        QStringLiteral("ORG"));
    const QCommandLineOption declareUbn(
        QStringLiteral("declare-ubn"),
        QCoreApplication::translate("Cli", "A 統一編號 the member declares ties with (repeatable)."),
        QStringLiteral("UBN"));
    parser.addOptions({organization, title, email, internal, declareOrg, declareUbn, jsonOption()});
    if (auto done =
            parse(parser, arguments, QCoreApplication::translate("Cli", "Add a committee member (委員)."), 2, 2))
        return *done;
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadWrite);
    if (!workspace)
        return InputFailed;
    Reviewer reviewer;
    reviewer.name = parser.positionalArguments().at(1);
    reviewer.organization = parser.value(organization);
    reviewer.title = parser.value(title);
    reviewer.email = parser.value(email);
    reviewer.external = !parser.isSet(internal);
    reviewer.declaredOrganizations = parser.values(declareOrg);
    reviewer.declaredUbns = parser.values(declareUbn);
    auto id = ReviewerStore(workspace->db()).add(reviewer);
    if (!id) {
        err() << id.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption()))
        printJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        out() << QCoreApplication::translate("Cli", "Added committee member %1: %2").arg(*id).arg(reviewer.name)
              << '\n';
    return Success;
}

int reviewersList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOption(jsonOption());
    if (auto done = parse(parser, arguments, QCoreApplication::translate("Cli", "List the committee members."), 1, 1))
        return *done;
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadOnly);
    if (!workspace)
        return InputFailed;
    auto reviewers = ReviewerStore(workspace->db()).reviewers();
    if (!reviewers) {
        err() << reviewers.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const Reviewer& r : *reviewers)
            list.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("organization"), r.organization},
                {QStringLiteral("title"), r.title},
                {QStringLiteral("email"), r.email},
                {QStringLiteral("external"), r.external},
                {QStringLiteral("declared_organizations"), QJsonArray::fromStringList(r.declaredOrganizations)},
                {QStringLiteral("declared_ubns"), QJsonArray::fromStringList(r.declaredUbns)}});
        printJson(list);
    } else {
        for (const Reviewer& r : *reviewers)
            out() << QStringLiteral("%1  %2  %3 %4\n").arg(r.id).arg(r.name, r.organization, r.title);
    }
    return Success;
}

int assignAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The application's 統一編號."));
    parser.addPositionalArgument(QStringLiteral("REVIEWER"),
                                 QCoreApplication::translate("Cli", "The committee member's id (reviewers list)."));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "Why a conflicted member is assigned anyway (recorded)."),
        QStringLiteral("TEXT"));
    parser.addOptions({roundOption(), proposalTitleOption(), reason});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Assign a committee member to an application by hand."), 3, 3))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    const auto application =
        findApplication(store, round, parser.positionalArguments().at(1), parser.value(proposalTitleOption()));
    if (!application)
        return InputFailed;
    bool ok = false;
    const qint64 reviewer = parser.positionalArguments().at(2).toLongLong(&ok);
    if (!ok) {
        err() << QCoreApplication::translate("Cli", "REVIEWER must be a committee member's id.") << '\n';
        return Usage;
    }
    if (auto assigned = ReviewerStore(workspace->db()).assign(*application, reviewer, parser.value(reason));
        !assigned) {
        err() << assigned.error() << '\n';
        return InputFailed;
    }
    return Success;
}

int assignAuto(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    const QCommandLineOption perApplication(
        QStringLiteral("per-application"),
        QCoreApplication::translate("Cli", "Committee members per application (default %1).")
            .arg(ReviewerStore::defaultPerApplication),
        QStringLiteral("N"), QString::number(ReviewerStore::defaultPerApplication));
    parser.addOptions({roundOption(), perApplication, jsonOption()});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate(
                      "Cli", "Assign committee members to every application of the round: balanced, never a conflict."),
                  1, 1))
        return *done;
    bool ok = false;
    const int n = parser.value(perApplication).toInt(&ok);
    if (!ok || n < 1) {
        err() << QCoreApplication::translate("Cli", "--per-application must be a positive number.") << '\n';
        return Usage;
    }
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    auto report = ReviewerStore(workspace->db()).autoAssign(round, n);
    if (!report) {
        err() << report.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray shortOf;
        for (const auto& [application, have] : report->shortOf)
            shortOf.append(
                QJsonObject{{QStringLiteral("application_id"), application}, {QStringLiteral("members"), have}});
        printJson(QJsonObject{{QStringLiteral("added"), report->added},
                              {QStringLiteral("short_of"), shortOf},
                              {QStringLiteral("not_eligible"), report->notEligible}});
    } else {
        out() << QCoreApplication::translate("Cli", "%1 assignments added.").arg(report->added) << '\n';
        if (report->notEligible > 0)
            out() << QCoreApplication::translate(
                         "Cli", "%1 applications not found eligible (符合) in screening (資格文件審查) "
                                "were left out (see `screening list`).")
                         .arg(report->notEligible)
                  << '\n';
        for (const auto& [application, have] : report->shortOf)
            out() << QCoreApplication::translate("Cli", "application %1 has only %2 members without a conflict")
                         .arg(application)
                         .arg(have)
                  << '\n';
    }
    return report->shortOf.isEmpty() ? Success : InputFailed;
}

int assignList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOptions({roundOption(), jsonOption()});
    if (auto done =
            parse(parser, arguments, QCoreApplication::translate("Cli", "List who reviews which application."), 1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    auto assignments = ReviewerStore(workspace->db()).assignments(round);
    auto applications = store.applications(round);
    if (!assignments || !applications) {
        err() << (assignments ? applications.error() : assignments.error()) << '\n';
        return InputFailed;
    }
    QHash<qint64, QString> ubns;
    for (const ApplicationSummary& s : *applications)
        ubns.insert(s.id, s.ubn);
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const Assignment& a : *assignments)
            list.append(QJsonObject{{QStringLiteral("application"), ubns.value(a.applicationId)},
                                    {QStringLiteral("application_id"), a.applicationId},
                                    {QStringLiteral("reviewer"), a.reviewerId},
                                    {QStringLiteral("conflicts"), a.conflicts},
                                    {QStringLiteral("override_reason"), a.overrideReason},
                                    {QStringLiteral("declared_conflict"), a.declaredConflict}});
        printJson(list);
    } else {
        for (const Assignment& a : *assignments)
            out() << QStringLiteral("%1  %2%3%4\n")
                         .arg(ubns.value(a.applicationId))
                         .arg(a.reviewerId)
                         .arg(a.overrideReason.isEmpty() ? QString() : QStringLiteral("  (") + a.overrideReason + u')')
                         .arg(a.declaredConflict.isEmpty()
                                  ? QString()
                                  : QCoreApplication::translate("Cli", "  declared a conflict: %1")
                                        .arg(a.declaredConflict));
    }
    return Success;
}

int preliminarySet(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The application's 統一編號."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The opinion (初審意見)."));
    const QCommandLineOption criterion(
        QStringLiteral("criterion"),
        QCoreApplication::translate("Cli", "A criterion id of the round's rubric (default: the overall opinion)."),
        QStringLiteral("ID"));
    const QCommandLineOption meets(
        QStringLiteral("meets"),
        QCoreApplication::translate("Cli", "Whether it meets the requirements: yes, partly or no."),
        QStringLiteral("ANSWER"));
    parser.addOptions({roundOption(), criterion, meets, proposalTitleOption()});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Write the secretariat's preliminary opinion (初審意見)."), 3, 3))
        return *done;
    const auto answer = meetsFromKey(parser.value(meets));
    if (!answer) {
        err() << QCoreApplication::translate("Cli", "--meets must be yes, partly or no.") << '\n';
        return Usage;
    }
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    const auto application =
        findApplication(store, round, parser.positionalArguments().at(1), parser.value(proposalTitleOption()));
    if (!application)
        return InputFailed;
    PreliminaryOpinion opinion;
    opinion.criterion = parser.value(criterion);
    opinion.meets = *answer;
    opinion.opinion = parser.positionalArguments().at(2);
    if (auto written = PreliminaryOpinions(workspace->db()).set(*application, opinion); !written) {
        err() << written.error() << '\n';
        return InputFailed;
    }
    return Success;
}

int preliminaryList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The application's 統一編號."));
    parser.addOptions({roundOption(), proposalTitleOption(), jsonOption()});
    if (auto done = parse(
            parser, arguments,
            QCoreApplication::translate("Cli", "Show the preliminary opinions (初審意見) of an application."), 2, 2))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    const auto application =
        findApplication(store, round, parser.positionalArguments().at(1), parser.value(proposalTitleOption()));
    if (!application)
        return InputFailed;
    auto opinions = PreliminaryOpinions(workspace->db()).of(*application);
    if (!opinions) {
        err() << opinions.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const PreliminaryOpinion& o : *opinions)
            list.append(QJsonObject{{QStringLiteral("criterion"), o.criterion},
                                    {QStringLiteral("meets"), meetsKey(o.meets)},
                                    {QStringLiteral("opinion"), o.opinion}});
        printJson(list);
    } else {
        for (const PreliminaryOpinion& o : *opinions)
            out() << QStringLiteral("%1  %2\n    %3\n")
                         .arg(o.criterion.isEmpty() ? QCoreApplication::translate("Cli", "(overall)") : o.criterion,
                              meetsName(o.meets), o.opinion);
    }
    return Success;
}

} // namespace

int reviewersCommand(const QStringList& arguments)
{
    return dispatch(arguments, "reviewers", {{"add", reviewersAdd}, {"list", reviewersList}});
}

int preliminaryCommand(const QStringList& arguments)
{
    return dispatch(arguments, "preliminary", {{"set", preliminarySet}, {"list", preliminaryList}});
}

int assignCommand(const QStringList& arguments)
{
    return dispatch(arguments, "assign", {{"auto", assignAuto}, {"add", assignAdd}, {"list", assignList}});
}

} // namespace rd::cli
