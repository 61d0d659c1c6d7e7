#include "cli/MeetingCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "consensus/Meeting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// A parsed meeting action: the workspace, its round and the records.
struct Session
{
    OpenRound opened;
    std::unique_ptr<consensus::MeetingStore> store;
};

std::optional<Session> open(const QCommandLineParser& parser)
{
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return std::nullopt;
    Session session{std::move(*opened), nullptr};
    session.store = std::make_unique<consensus::MeetingStore>(session.opened.workspace->db(), session.opened.round);
    return session;
}

int report(const Status& status)
{
    if (!status) {
        err() << status.error() << '\n';
        return InputFailed;
    }
    return Success;
}

std::optional<qint64> application(Session& session, const QCommandLineParser& parser)
{
    ApplicationStore store(session.opened.workspace->db());
    return findApplication(store, session.opened.round, parser.positionalArguments().at(1),
                           parser.value(proposalTitleOption()));
}

std::optional<qint64> number(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok) {
        err() << tr("--%1 must be a whole number.").arg(option.names().constFirst()) << '\n';
        return std::nullopt;
    }
    return value;
}

void addCommon(QCommandLineParser& parser, bool withApplication)
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The secretariat's workspace."));
    if (withApplication) {
        parser.addPositionalArgument(QStringLiteral("UBN"), tr("The applicant's 統一編號."));
        parser.addOption(proposalTitleOption());
    }
    parser.addOption(roundOption());
}

int meetingInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    const QCommandLineOption chair(QStringLiteral("chair"), tr("The chair's member id."), QStringLiteral("ID"));
    const QCommandLineOption time(QStringLiteral("time"), tr("When the meeting is held."), QStringLiteral("TEXT"));
    const QCommandLineOption place(QStringLiteral("place"), tr("Where it is held."), QStringLiteral("TEXT"));
    const QCommandLineOption recorder(QStringLiteral("recorder"), tr("Who keeps the minutes."), QStringLiteral("NAME"));
    parser.addOptions({chair, time, place, recorder});
    if (auto done = parse(parser, arguments, tr("Record the meeting's chair, time, place and recorder."), 1, 1))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    auto state = consensus::loadMeeting(session->opened.workspace->db(), session->opened.round);
    if (!state)
        return report(Status::from(state));
    consensus::MeetingInfo info = state->info;
    if (parser.isSet(chair)) {
        auto id = number(parser, chair);
        if (!id)
            return Usage;
        info.chairId = *id;
    }
    if (parser.isSet(time))
        info.heldAt = parser.value(time);
    if (parser.isSet(place))
        info.place = parser.value(place);
    if (parser.isSet(recorder))
        info.recorder = parser.value(recorder);
    return report(session->store->setInfo(info));
}

int meetingAttend(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    parser.addPositionalArgument(QStringLiteral("ID…"), tr("Members' ids."));
    const QCommandLineOption absent(QStringLiteral("absent"), tr("Record them as absent instead."));
    parser.addOption(absent);
    if (auto done = parse(parser, arguments, tr("Record members as present (or absent)."), 2))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    for (const QString& text : parser.positionalArguments().mid(1)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok) {
            err() << tr("“%1” is not a member id.").arg(text) << '\n';
            return Usage;
        }
        if (auto set = session->store->setPresent(id, !parser.isSet(absent)); !set)
            return report(set);
    }
    return Success;
}

int meetingRevise(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, true);
    const QCommandLineOption member(QStringLiteral("member"), tr("The member's id."), QStringLiteral("ID"));
    const QCommandLineOption criterion(QStringLiteral("criterion"), tr("The criterion's id."), QStringLiteral("ID"));
    const QCommandLineOption score(QStringLiteral("score"), tr("The revised score."), QStringLiteral("N"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the member revises it."), QStringLiteral("TEXT"));
    parser.addOptions({member, criterion, score, reason});
    if (auto done = parse(parser, arguments, tr("Record a member's revised score (複評), with the reason."), 2, 2))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    auto app = application(*session, parser);
    auto id = number(parser, member);
    bool numeric = false;
    const double value = parser.value(score).toDouble(&numeric);
    if (!app || !id)
        return !app ? InputFailed : Usage;
    if (!numeric) {
        err() << tr("--score must be a number.") << '\n';
        return Usage;
    }
    auto revised = session->store->revise(*app, *id, parser.value(criterion), value, parser.value(reason));
    return report(Status::from(revised));
}

int meetingResolve(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, true);
    const QCommandLineOption flag(QStringLiteral("flag"), tr("The flag's id (consensus --json lists them)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption note(QStringLiteral("note"), tr("What the committee resolved."), QStringLiteral("TEXT"));
    parser.addOptions({flag, note});
    if (auto done =
            parse(parser, arguments, tr("Record the committee's resolution (議決) of a marked difference."), 2, 2))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    auto app = application(*session, parser);
    if (!app)
        return InputFailed;
    return report(session->store->resolve(*app, parser.value(flag), parser.value(note)));
}

int meetingNote(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, true);
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The discussion note."));
    if (auto done = parse(parser, arguments, tr("Keep the discussion note of an application."), 3, 3))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    auto app = application(*session, parser);
    if (!app)
        return InputFailed;
    return report(session->store->setNote(*app, parser.positionalArguments().at(2)));
}

int meetingDecide(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, true);
    const QCommandLineOption decision(QStringLiteral("decision"),
                                      tr("pass (通過), conditional (修正後通過) or fail (不通過)."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption votesFor(QStringLiteral("for"), tr("Members voting for the decision."),
                                      QStringLiteral("N"));
    const QCommandLineOption against(QStringLiteral("against"), tr("Members voting against."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption abstain(QStringLiteral("abstain"), tr("Members abstaining."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption conditions(QStringLiteral("conditions"), tr("What 修正後通過 asks of the applicant."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption departure(QStringLiteral("departure"),
                                       tr("Why the decision departs from the 初審意見, when it does."),
                                       QStringLiteral("TEXT"));
    parser.addOptions({decision, votesFor, against, abstain, conditions, departure});
    if (auto done = parse(parser, arguments, tr("Record the committee's decision on an application."), 2, 2))
        return *done;
    const auto key = consensus::decisionFromKey(parser.value(decision));
    if (!key) {
        err() << tr("--decision is pass, conditional or fail.") << '\n';
        return Usage;
    }
    auto session = open(parser);
    if (!session)
        return InputFailed;
    auto app = application(*session, parser);
    if (!app)
        return InputFailed;
    auto forCount = number(parser, votesFor);
    auto againstCount = number(parser, against);
    auto abstainCount = number(parser, abstain);
    if (!forCount || !againstCount || !abstainCount)
        return Usage;
    consensus::DecisionRecord record;
    record.applicationId = *app;
    record.decision = *key;
    record.votesFor = int(*forCount);
    record.votesAgainst = int(*againstCount);
    record.abstentions = int(*abstainCount);
    record.conditions = parser.value(conditions);
    record.departure = parser.value(departure);
    return report(session->store->decide(record));
}

int meetingFinalise(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    if (auto done = parse(parser, arguments,
                          tr("Make the round's results final, once every marked difference is handled and every "
                             "application decided."),
                          1, 1))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    return report(session->store->finalise());
}

int meetingReopen(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the results are reopened."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    if (auto done = parse(parser, arguments, tr("Reopen final results; the reason stays on the record."), 1, 1))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    return report(session->store->reopen(parser.value(reason)));
}

int meetingStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    parser.addOption(jsonOption());
    if (auto done =
            parse(parser, arguments, tr("Show attendance, quorum and what stands before the results are final."), 1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    auto state = consensus::loadMeeting(opened->workspace->db(), opened->round);
    if (!state)
        return report(Status::from(state));
    const QStringList problems = state->problemsBeforeFinal();
    if (parser.isSet(jsonOption())) {
        QJsonArray members;
        for (const Reviewer& r : state->data.committee)
            members.append(QJsonObject{{QStringLiteral("id"), r.id},
                                       {QStringLiteral("name"), r.name},
                                       {QStringLiteral("present"), state->attendance.value(r.id, false)}});
        printJson(QJsonObject{{QStringLiteral("members"), members},
                              {QStringLiteral("present"), state->present()},
                              {QStringLiteral("quorum"), state->quorumNeeded()},
                              {QStringLiteral("final"), state->isFinal()},
                              {QStringLiteral("revisions"), int(state->data.revisions.size())},
                              {QStringLiteral("decisions"), int(state->decisions.size())},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
        return Success;
    }
    for (const Reviewer& r : state->data.committee)
        out() << QStringLiteral("%1  %2  %3\n")
                     .arg(r.id)
                     .arg(r.name, state->attendance.value(r.id, false) ? tr("present") : tr("absent"));
    out() << tr("%1 of %2 present; the meeting needs %3.")
                 .arg(state->present())
                 .arg(state->data.committee.size())
                 .arg(state->quorumNeeded())
          << '\n';
    out() << (state->isFinal() ? tr("The results are final.") : tr("The results are not final."));
    out() << '\n';
    for (const QString& problem : problems)
        out() << QStringLiteral("• ") << problem << '\n';
    return Success;
}

} // namespace

int meetingCommand(const QStringList& arguments)
{
    return dispatch(arguments, "meeting",
                    {{"status", meetingStatus},
                     {"info", meetingInfo},
                     {"attend", meetingAttend},
                     {"revise", meetingRevise},
                     {"resolve", meetingResolve},
                     {"note", meetingNote},
                     {"decide", meetingDecide},
                     {"finalise", meetingFinalise},
                     {"reopen", meetingReopen}});
}

} // namespace rd::cli
