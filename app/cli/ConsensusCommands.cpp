#include "app/cli/ConsensusCommands.h"

#include "models/audit/AuditTrail.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "models/consensus/ConsensusExport.h"
#include "models/consensus/ConsensusPrint.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundData.h"
#include "models/consensus/RoundSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <QDir>

#include <algorithm>
#include <functional>

namespace rd::cli {

namespace {

// The options of `consensus`: the round's settings it may override, and the documents it may write.
struct ConsensusOptions
{
    const QCommandLineOption method{QStringLiteral("method"),
                                    QCoreApplication::translate("Cli", "Rank by mean (default) or rank-sum (序位法)."),
                                    QStringLiteral("mean|rank-sum")};
    const QCommandLineOption passMark{QStringLiteral("pass-mark"),
                                      QCoreApplication::translate("Cli", "The pass mark on the 0–100 total."),
                                      QStringLiteral("N")};
    const QCommandLineOption budget{
        QStringLiteral("budget"),
        QCoreApplication::translate("Cli", "The round's budget in NT$ thousand, for the funding line."),
        QStringLiteral("N")};
    const QCommandLineOption points{
        QStringLiteral("outlier-points"),
        QCoreApplication::translate("Cli", "Flag a total more than N points from the others' mean."),
        QStringLiteral("N")};
    const QCommandLineOption ranks{
        QStringLiteral("outlier-ranks"),
        QCoreApplication::translate("Cli", "Flag a rank more than N places from the others' median."),
        QStringLiteral("N")};
    const QCommandLineOption committeeMinimum{
        QStringLiteral("committee-minimum"),
        QCoreApplication::translate("Cli", "The fewest members the committee may have (5 by default, 組織準則 第4條)."),
        QStringLiteral("N")};
    const QCommandLineOption committeeMaximum{
        QStringLiteral("committee-maximum"),
        QCoreApplication::translate("Cli", "The most members the committee may have (17 by default)."),
        QStringLiteral("N")};
    const QCommandLineOption memberCodes{
        QStringLiteral("member-codes"),
        QCoreApplication::translate(
            "Cli", "Whether the consensus sheet (總表) shows members by code instead of name (審議規則 第6條之1): "
                   "yes or no (no by default); --member-key writes the key."),
        QStringLiteral("yes|no")};
    const QCommandLineOption memberKey{
        QStringLiteral("member-key"),
        QCoreApplication::translate(
            "Cli", "Write the key of a coded consensus sheet (代號對照表: code, name, organisation) as PDF."),
        QStringLiteral("FILE")};
    const QCommandLineOption unsignedReturns{
        QStringLiteral("unsigned-returns"),
        QCoreApplication::translate("Cli", "Whether members without a registered certificate may send unsigned "
                                           "sheets: yes or no (no by default)."),
        QStringLiteral("yes|no")};
    const QCommandLineOption timeStamping{
        QStringLiteral("time-stamping"),
        QCoreApplication::translate("Cli", "The RFC 3161 time-stamping service whose time stamps signed sheets and "
                                           "the chair's documents must carry (an http or https address), or none."),
        QStringLiteral("URL|none")};
    const QCommandLineOption save{
        QStringLiteral("save"), QCoreApplication::translate("Cli", "Keep the options given as the round's settings.")};
    const QCommandLineOption xlsx{
        QStringLiteral("xlsx"), QCoreApplication::translate("Cli", "Write the 總表 as XLSX, one sheet per criterion."),
        QStringLiteral("FILE")};
    const QCommandLineOption csv{QStringLiteral("csv"),
                                 QCoreApplication::translate("Cli", "Write the 總表 as CSV (UTF-8 with BOM)."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption pdf{QStringLiteral("pdf"), QCoreApplication::translate("Cli", "Write the 總表 as PDF."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption minutes{QStringLiteral("minutes"),
                                     QCoreApplication::translate("Cli", "Write the minutes (會議紀錄) as PDF."),
                                     QStringLiteral("FILE")};
    const QCommandLineOption comments{
        QStringLiteral("comments"),
        QCoreApplication::translate("Cli", "Write each applicant's 審查意見彙整 PDF into FOLDER."),
        QStringLiteral("FOLDER")};
    const QCommandLineOption letters{
        QStringLiteral("letters"),
        QCoreApplication::translate("Cli", "Write each applicant's result letter (函復結果) PDF into FOLDER, once the "
                                           "results are final."),
        QStringLiteral("FOLDER")};

    // The documents, each recorded on the audit trail when written.
    QList<const QCommandLineOption*> documents() const
    {
        return {&xlsx, &csv, &pdf, &memberKey, &minutes, &comments, &letters};
    }
};

// A yes/no answer as JSON, or the answer itself for settingsFromJson to refuse by name.
QJsonValue yesNo(const QString& answer)
{
    return answer == QLatin1String("yes")  ? QJsonValue(true)
           : answer == QLatin1String("no") ? QJsonValue(false)
                                           : QJsonValue(answer);
}

// The round's stored settings with what the command line gives in their place.
Result<consensus::Settings> settingsWithOptions(const consensus::Settings& stored, const QCommandLineParser& parser,
                                                const ConsensusOptions& o)
{
    QJsonObject json = consensus::settingsToJson(stored);
    if (parser.isSet(o.method))
        json.insert(QStringLiteral("method"), parser.value(o.method) == QLatin1String("rank-sum")
                                                  ? QStringLiteral("rank_sum")
                                                  : parser.value(o.method));
    for (const auto& [option, key] :
         {std::pair{&o.passMark, "pass_mark"}, std::pair{&o.budget, "budget"}, std::pair{&o.points, "outlier_points"},
          std::pair{&o.ranks, "outlier_ranks"}, std::pair{&o.committeeMinimum, "committee_minimum"},
          std::pair{&o.committeeMaximum, "committee_maximum"}}) {
        if (!parser.isSet(*option))
            continue;
        bool numeric = false;
        const double value = parser.value(*option).toDouble(&numeric);
        json.insert(QLatin1String(key), numeric ? QJsonValue(value) : QJsonValue(parser.value(*option)));
    }
    if (parser.isSet(o.unsignedReturns))
        json.insert(QStringLiteral("unsigned_returns"), yesNo(parser.value(o.unsignedReturns)));
    if (parser.isSet(o.memberCodes))
        json.insert(QStringLiteral("member_codes"), yesNo(parser.value(o.memberCodes)));
    if (parser.isSet(o.timeStamping))
        json.insert(QStringLiteral("time_stamping"),
                    parser.value(o.timeStamping) == QLatin1String("none") ? QString() : parser.value(o.timeStamping));
    return consensus::settingsFromJson(json);
}

// Writes the documents asked for, each recorded on the audit trail; the error names the file that failed.
// Returns whether any was written.
Result<bool> writeDocuments(const consensus::MeetingState& state, const OpenRound& opened,
                            const QCommandLineParser& parser, const ConsensusOptions& o)
{
    const std::pair<const QCommandLineOption*, std::function<Status(const QString&)>> outputs[] = {
        {&o.xlsx, [&](const QString& f) { return consensus::writeXlsx(state, f); }},
        {&o.csv, [&](const QString& f) { return consensus::writeCsv(state, f); }},
        {&o.pdf, [&](const QString& f) { return printConsensusSheet(state, f); }},
        {&o.memberKey, [&](const QString& f) { return printMemberKey(state, f); }},
        {&o.minutes, [&](const QString& f) { return printMinutes(state, f); }},
        {&o.comments, [&](const QString& folder) { return Status::from(writeCompiledComments(state, folder)); }},
        {&o.letters, [&](const QString& folder) { return Status::from(writeResultLetters(state, folder)); }},
    };
    bool wroteFile = false;
    for (const auto& [option, write] : outputs) {
        if (!parser.isSet(*option))
            continue;
        if (auto written = write(parser.value(*option)); !written)
            return Result<bool>::failure(written.error());
        if (auto logged = audit::recordExport(opened.workspace->db(), opened.round, option->names().first(),
                                              parser.value(*option));
            !logged)
            return Result<bool>::failure(logged.error());
        wroteFile = true;
        if (!parser.isSet(jsonOption()))
            out() << QCoreApplication::translate("Cli", "Wrote %1").arg(parser.value(*option)) << '\n';
    }
    return wroteFile;
}

// One application's figures, flags and decision, as `consensus --json` gives them (docs/cli.md).
QJsonObject resultToJson(const consensus::MeetingState& state, const consensus::ApplicationResult& r)
{
    const consensus::RoundData& data = state.data;
    QJsonArray flags;
    for (const consensus::Flag& f : r.flags) {
        QJsonObject flag{{QStringLiteral("flag"), consensus::flagKey(f.kind)},
                         {QStringLiteral("id"), consensus::flagId(f)}};
        if (f.reviewerId != 0)
            flag.insert(QStringLiteral("reviewer"), f.reviewerId);
        if (!f.criterion.isEmpty())
            flag.insert(QStringLiteral("criterion"), f.criterion);
        if (f.value != 0)
            flag.insert(QStringLiteral("value"), f.value);
        if (consensus::isMarkedDifference(f.kind)) {
            const consensus::FlagResolution* resolved = state.resolution(r.applicationId, consensus::flagId(f));
            flag.insert(QStringLiteral("resolution"), resolved ? QJsonValue(resolved->note) : QJsonValue());
        }
        flags.append(flag);
    }
    QJsonObject totals;
    for (qint64 member : r.counted)
        totals.insert(QString::number(member), r.totals.value(member));
    QJsonValue decision;
    if (state.decisions.contains(r.applicationId)) {
        const consensus::DecisionRecord& d = state.decisions[r.applicationId];
        decision = QJsonObject{{QStringLiteral("decision"), consensus::decisionKey(d.decision)},
                               {QStringLiteral("conditions"), d.conditions},
                               {QStringLiteral("votes_for"), d.votesFor},
                               {QStringLiteral("votes_against"), d.votesAgainst},
                               {QStringLiteral("abstentions"), d.abstentions},
                               {QStringLiteral("departure"), d.departure}};
    }
    return QJsonObject{
        {QStringLiteral("application"), data.ubns.value(r.applicationId)},
        {QStringLiteral("applicant"), data.applicants.value(r.applicationId)},
        {QStringLiteral("title"), data.titles.value(r.applicationId)},
        {QStringLiteral("reviewers"), r.reviewers},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("mean"), r.mean},
        {QStringLiteral("median"), r.median},
        {QStringLiteral("stdev"), r.stdev},
        {QStringLiteral("min"), r.min},
        {QStringLiteral("max"), r.max},
        {QStringLiteral("trimmed_mean"), r.trimmedMean ? QJsonValue(*r.trimmedMean) : QJsonValue()},
        {QStringLiteral("mean_z"), r.meanZ},
        {QStringLiteral("rank"), r.rank},
        {QStringLiteral("rank_by_mean"), r.rankByMean},
        {QStringLiteral("rank_sum"), r.rankSum},
        {QStringLiteral("rank_by_rank_sum"), r.rankByRankSum},
        {QStringLiteral("passes"), r.passes},
        {QStringLiteral("funded"), r.funded},
        {QStringLiteral("cumulative_subsidy"), r.cumulativeSubsidy},
        {QStringLiteral("revisions"), int(state.revisionsOf(r.applicationId).size())},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("decision"), decision}, // null until the 共識會議 decides
    };
}

} // namespace

int consensusCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    const ConsensusOptions o;
    parser.addOptions({roundOption(),
                       o.method,
                       o.passMark,
                       o.budget,
                       o.points,
                       o.ranks,
                       o.committeeMinimum,
                       o.committeeMaximum,
                       o.unsignedReturns,
                       o.memberCodes,
                       o.timeStamping,
                       o.save,
                       o.xlsx,
                       o.csv,
                       o.pdf,
                       o.memberKey,
                       o.minutes,
                       o.comments,
                       o.letters,
                       jsonOption()});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Compile the returned score sheets of a round."), 1, 1))
        return *done;
    // Saving settings writes, and so does every exported file: its export is recorded on the audit trail.
    const QList<const QCommandLineOption*> files = o.documents();
    const bool writes = parser.isSet(o.save) || std::any_of(files.cbegin(), files.cend(),
                                                            [&](const auto* option) { return parser.isSet(*option); });
    auto opened = openRound(parser, writes ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    // The round's own settings, with what the command line gives in their place.
    auto stored = consensus::roundSettings(opened->workspace->db(), opened->round);
    if (!stored) {
        err() << stored.error() << '\n';
        return InputFailed;
    }
    auto settings = settingsWithOptions(*stored, parser, o);
    if (!settings) {
        err() << settings.error() << '\n';
        return Usage;
    }
    if (parser.isSet(o.save)) {
        if (auto saved = consensus::saveRoundSettings(opened->workspace->db(), opened->round, *settings); !saved) {
            err() << saved.error() << '\n';
            return InputFailed;
        }
    }
    auto state = consensus::loadMeeting(opened->workspace->db(), opened->round, &*settings);
    if (!state) {
        err() << state.error() << '\n';
        return InputFailed;
    }
    const consensus::RoundData& data = state->data;

    // The documents asked for; each names its file when it cannot be written.
    const auto wroteFile = writeDocuments(*state, *opened, parser, o);
    if (!wroteFile) {
        err() << wroteFile.error() << '\n';
        return InputFailed;
    }
    if (*wroteFile && !parser.isSet(jsonOption()))
        return Success;

    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const consensus::ApplicationResult& r : state->results)
            list.append(resultToJson(*state, r));
        printJson(list);
        return Success;
    }
    out() << QCoreApplication::translate(
                 "Cli", "rank  統一編號  applicant  sheets  mean  median  stdev  rank sum  flags  decision")
          << '\n';
    for (const consensus::ApplicationResult& r : state->results) {
        QStringList flags;
        for (const consensus::Flag& f : r.flags)
            flags << consensus::flagKey(f.kind);
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10\n")
                     .arg(r.rank)
                     .arg(data.ubns.value(r.applicationId), data.applicants.value(r.applicationId))
                     .arg(r.reviewers)
                     .arg(r.mean, 0, 'f', 2)
                     .arg(r.median, 0, 'f', 1)
                     .arg(r.stdev, 0, 'f', 2)
                     .arg(r.rankSum)
                     .arg(flags.join(u','))
                     .arg(state->decisions.contains(r.applicationId)
                              ? consensus::decisionName(state->decisions[r.applicationId].decision)
                              : QString());
    }
    return Success;
}

} // namespace rd::cli
