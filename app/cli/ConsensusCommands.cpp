#include "cli/ConsensusCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "consensus/RoundData.h"
#include "consensus/RoundSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace rd::cli {

int consensusCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    const QCommandLineOption method(QStringLiteral("method"),
                                    QCoreApplication::translate("Cli", "Rank by mean (default) or rank-sum (序位法)."),
                                    QStringLiteral("mean|rank-sum"));
    const QCommandLineOption passMark(QStringLiteral("pass-mark"),
                                      QCoreApplication::translate("Cli", "The pass mark on the 0–100 total."),
                                      QStringLiteral("N"));
    const QCommandLineOption budget(
        QStringLiteral("budget"),
        QCoreApplication::translate("Cli", "The round's budget in NT$ thousand, for the funding line."),
        QStringLiteral("N"));
    const QCommandLineOption points(
        QStringLiteral("outlier-points"),
        QCoreApplication::translate("Cli", "Flag a total more than N points from the others' mean."),
        QStringLiteral("N"));
    const QCommandLineOption ranks(
        QStringLiteral("outlier-ranks"),
        QCoreApplication::translate("Cli", "Flag a rank more than N places from the others' median."),
        QStringLiteral("N"));
    const QCommandLineOption save(
        QStringLiteral("save"), QCoreApplication::translate("Cli", "Keep the options given as the round's settings."));
    parser.addOptions({roundOption(), method, passMark, budget, points, ranks, save, jsonOption()});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Compile the returned score sheets of a round."), 1, 1))
        return *done;
    auto opened = openRound(parser, parser.isSet(save) ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    // The round's own settings, with what the command line gives in their place.
    auto stored = consensus::roundSettings(opened->workspace->db(), opened->round);
    if (!stored) {
        err() << stored.error() << '\n';
        return InputFailed;
    }
    QJsonObject json = consensus::settingsToJson(*stored);
    if (parser.isSet(method))
        json.insert(QStringLiteral("method"), parser.value(method) == QLatin1String("rank-sum")
                                                  ? QStringLiteral("rank_sum")
                                                  : parser.value(method));
    for (const auto& [option, key] : {std::pair{&passMark, "pass_mark"}, std::pair{&budget, "budget"},
                                      std::pair{&points, "outlier_points"}, std::pair{&ranks, "outlier_ranks"}}) {
        if (!parser.isSet(*option))
            continue;
        bool numeric = false;
        const double value = parser.value(*option).toDouble(&numeric);
        json.insert(QLatin1String(key), numeric ? QJsonValue(value) : QJsonValue(parser.value(*option)));
    }
    auto settings = consensus::settingsFromJson(json);
    if (!settings) {
        err() << settings.error() << '\n';
        return Usage;
    }
    if (parser.isSet(save)) {
        if (auto saved = consensus::saveRoundSettings(opened->workspace->db(), opened->round, *settings); !saved) {
            err() << saved.error() << '\n';
            return InputFailed;
        }
    }
    auto data = consensus::loadRound(opened->workspace->db(), opened->round);
    if (!data) {
        err() << data.error() << '\n';
        return InputFailed;
    }
    QList<consensus::ApplicationResult> results = consensus::compile(data->applications, data->criteria, *settings);
    std::sort(results.begin(), results.end(), [](const auto& a, const auto& b) { return a.rank < b.rank; });

    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const consensus::ApplicationResult& r : std::as_const(results)) {
            QJsonArray flags;
            for (const consensus::Flag& f : r.flags) {
                QJsonObject flag{{QStringLiteral("flag"), consensus::flagKey(f.kind)}};
                if (f.reviewerId != 0)
                    flag.insert(QStringLiteral("reviewer"), f.reviewerId);
                if (!f.criterion.isEmpty())
                    flag.insert(QStringLiteral("criterion"), f.criterion);
                if (f.value != 0)
                    flag.insert(QStringLiteral("value"), f.value);
                flags.append(flag);
            }
            QJsonObject totals;
            for (qint64 member : r.counted)
                totals.insert(QString::number(member), r.totals.value(member));
            list.append(QJsonObject{
                {QStringLiteral("application"), data->ubns.value(r.applicationId)},
                {QStringLiteral("applicant"), data->applicants.value(r.applicationId)},
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
                {QStringLiteral("flags"), flags},
                // Decided in the consensus meeting; null until then.
                {QStringLiteral("decision"), QJsonValue()},
            });
        }
        printJson(list);
        return Success;
    }
    out() << QCoreApplication::translate("Cli",
                                         "rank  統一編號  applicant  sheets  mean  median  stdev  rank sum  flags")
          << '\n';
    for (const consensus::ApplicationResult& r : std::as_const(results)) {
        QStringList flags;
        for (const consensus::Flag& f : r.flags)
            flags << consensus::flagKey(f.kind);
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                     .arg(r.rank)
                     .arg(data->ubns.value(r.applicationId), data->applicants.value(r.applicationId))
                     .arg(r.reviewers)
                     .arg(r.mean, 0, 'f', 2)
                     .arg(r.median, 0, 'f', 1)
                     .arg(r.stdev, 0, 'f', 2)
                     .arg(r.rankSum)
                     .arg(flags.join(u','));
    }
    return Success;
}

} // namespace rd::cli
