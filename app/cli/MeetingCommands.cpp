#include "app/cli/MeetingCommands.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "models/consensus/Meeting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {

namespace {

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
        err() << QCoreApplication::translate("Cli", "--%1 must be a whole number.").arg(option.names().constFirst())
              << '\n';
        return std::nullopt;
    }
    return value;
}

void addCommon(QCommandLineParser& parser, bool withApplication)
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    if (withApplication) {
        parser.addPositionalArgument(QStringLiteral("UBN"),
                                     QCoreApplication::translate("Cli", "The applicant's 統一編號."));
        parser.addOption(proposalTitleOption());
    }
    parser.addOption(roundOption());
}

int meetingInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    const QCommandLineOption chair(QStringLiteral("chair"),
                                   QCoreApplication::translate("Cli", "The chair's member id."), QStringLiteral("ID"));
    const QCommandLineOption time(QStringLiteral("time"),
                                  QCoreApplication::translate("Cli", "When the meeting is held."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption place(QStringLiteral("place"), QCoreApplication::translate("Cli", "Where it is held."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption recorder(QStringLiteral("recorder"),
                                      QCoreApplication::translate("Cli", "Who keeps the minutes."),
                                      QStringLiteral("NAME"));
    parser.addOptions({chair, time, place, recorder});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Record the meeting's chair, time, place and recorder."), 1, 1))
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
    parser.addPositionalArgument(QStringLiteral("ID…"), QCoreApplication::translate("Cli", "Members' ids."));
    const QCommandLineOption absent(QStringLiteral("absent"),
                                    QCoreApplication::translate("Cli", "Record them as absent instead."));
    parser.addOption(absent);
    if (auto done =
            parse(parser, arguments, QCoreApplication::translate("Cli", "Record members as present (or absent)."), 2))
        return *done;
    auto session = open(parser);
    if (!session)
        return InputFailed;
    for (const QString& text : parser.positionalArguments().mid(1)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok) {
            err() << QCoreApplication::translate("Cli", "“%1” is not a member id.").arg(text) << '\n';
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
    const QCommandLineOption member(QStringLiteral("member"), QCoreApplication::translate("Cli", "The member's id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption criterion(QStringLiteral("criterion"),
                                       QCoreApplication::translate("Cli", "The criterion's id."), QStringLiteral("ID"));
    const QCommandLineOption score(QStringLiteral("score"), QCoreApplication::translate("Cli", "The revised score."),
                                   QStringLiteral("N"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QCoreApplication::translate("Cli", "Why the member revises it."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({member, criterion, score, reason});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Record a member's revised score (複評), with the reason."), 2, 2))
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
        err() << QCoreApplication::translate("Cli", "--score must be a number.") << '\n';
        return Usage;
    }
    auto revised = session->store->revise(*app, *id, parser.value(criterion), value, parser.value(reason));
    return report(Status::from(revised));
}

int meetingResolve(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, true);
    const QCommandLineOption flag(QStringLiteral("flag"),
                                  QCoreApplication::translate("Cli", "The flag's id (consensus --json lists them)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QCoreApplication::translate("Cli", "What the committee resolved."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({flag, note});
    if (auto done = parse(
            parser, arguments,
            QCoreApplication::translate("Cli", "Record the committee's resolution (議決) of a marked difference."), 2,
            2))
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
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The discussion note."));
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Keep the discussion note of an application."), 3, 3))
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
    const QCommandLineOption decision(
        QStringLiteral("decision"),
        QCoreApplication::translate("Cli", "pass (通過), conditional (修正後通過) or fail (不通過)."),
        QStringLiteral("KEY"));
    const QCommandLineOption votesFor(QStringLiteral("for"),
                                      QCoreApplication::translate("Cli", "Members voting for the decision."),
                                      QStringLiteral("N"));
    const QCommandLineOption against(QStringLiteral("against"),
                                     QCoreApplication::translate("Cli", "Members voting against."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption abstain(QStringLiteral("abstain"),
                                     QCoreApplication::translate("Cli", "Members abstaining."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption conditions(QStringLiteral("conditions"),
                                        QCoreApplication::translate("Cli", "What 修正後通過 asks of the applicant."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption departure(
        QStringLiteral("departure"),
        QCoreApplication::translate("Cli", "Why the decision departs from the 初審意見, when it does."),
        QStringLiteral("TEXT"));
    const QCommandLineOption approved(
        QStringLiteral("approved"),
        QCoreApplication::translate("Cli", "The approved subsidy (核定補助款) of a pass, NT$ thousand."),
        QStringLiteral("N"));
    const QCommandLineOption approvedTotal(
        QStringLiteral("approved-total"),
        QCoreApplication::translate("Cli", "The approved total budget (核定總經費), NT$ thousand; by default as "
                                           "submitted."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption passMarkReason(
        QStringLiteral("pass-mark-reason"),
        QCoreApplication::translate("Cli", "Why the decision goes against the pass mark, when it does."),
        QStringLiteral("TEXT"));
    parser.addOptions(
        {decision, votesFor, against, abstain, conditions, departure, approved, approvedTotal, passMarkReason});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Record the committee's decision on an application."), 2, 2))
        return *done;
    const auto key = consensus::decisionFromKey(parser.value(decision));
    if (!key) {
        err() << QCoreApplication::translate("Cli", "--decision is pass, conditional or fail.") << '\n';
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
    record.passMarkReason = parser.value(passMarkReason);
    if (parser.isSet(approved)) {
        bool okApproved = false, okTotal = false;
        record.approvedSubsidy = parser.value(approved).toDouble(&okApproved);
        record.approvedTotal = parser.value(approvedTotal).toDouble(&okTotal);
        if (!okApproved || !okTotal) {
            err() << QCoreApplication::translate("Cli", "--approved and --approved-total are amounts in NT$ thousand.")
                  << '\n';
            return Usage;
        }
    }
    return report(session->store->decide(record));
}

int meetingFinalise(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate(
                      "Cli", "Make the round's results final, once every marked difference is handled and every "
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
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QCoreApplication::translate("Cli", "Why the results are reopened."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Reopen final results; the reason stays on the record."), 1, 1))
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
    if (auto done = parse(
            parser, arguments,
            QCoreApplication::translate("Cli", "Show attendance, quorum and what stands before the results are final."),
            1, 1))
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
                     .arg(r.name, state->attendance.value(r.id, false) ? QCoreApplication::translate("Cli", "present")
                                                                       : QCoreApplication::translate("Cli", "absent"));
    out() << QCoreApplication::translate("Cli", "%1 of %2 present; the meeting needs %3.")
                 .arg(state->present())
                 .arg(state->data.committee.size())
                 .arg(state->quorumNeeded())
          << '\n';
    out() << (state->isFinal() ? QCoreApplication::translate("Cli", "The results are final.")
                               : QCoreApplication::translate("Cli", "The results are not final."));
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
