#include "models/consensus/RoundSettings.h"

#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace rd::consensus {

QJsonObject settingsToJson(const Settings& settings)
{
    return {{QStringLiteral("method"),
             settings.method == Settings::Method::Mean ? QStringLiteral("mean") : QStringLiteral("rank_sum")},
            {QStringLiteral("pass_mark"), settings.passMark},
            {QStringLiteral("budget"), settings.budget},
            {QStringLiteral("outlier_points"), settings.outlierPoints},
            {QStringLiteral("outlier_ranks"), settings.outlierRanks},
            {QStringLiteral("criterion_spread"), settings.criterionSpread},
            {QStringLiteral("quorum_share"), settings.quorumShare},
            {QStringLiteral("meeting_quorum"), settings.meetingQuorum},
            {QStringLiteral("committee_minimum"), settings.committeeMinimum},
            {QStringLiteral("committee_maximum"), settings.committeeMaximum},
            {QStringLiteral("external_share"), settings.externalShare},
            {QStringLiteral("external_present_minimum"), settings.externalPresentMinimum},
            {QStringLiteral("member_codes"), settings.memberCodes},
            {QStringLiteral("talk_minutes"), settings.talkMinutes},
            {QStringLiteral("question_minutes"), settings.questionMinutes},
            {QStringLiteral("unsigned_returns"), settings.unsignedReturns},
            {QStringLiteral("time_stamping"), settings.timeStampUrl},
            {QStringLiteral("tie_break"), settings.tieBreak == Settings::TieBreak::HeaviestCriterion
                                              ? QStringLiteral("heaviest_criterion")
                                              : QStringLiteral("median_rank_sum")}};
}

Result<Settings> settingsFromJson(const QJsonObject& json)
{
    using R = Result<Settings>;
    Settings settings;
    const QString method = json.value(QStringLiteral("method")).toString(QStringLiteral("mean"));
    if (method != QLatin1String("mean") && method != QLatin1String("rank_sum"))
        return R::failure(
            QCoreApplication::translate("RoundSettings", "the ranking method is mean or rank_sum, not \"%1\"")
                .arg(method));
    settings.method = method == QLatin1String("mean") ? Settings::Method::Mean : Settings::Method::RankSum;
    struct Figure
    {
        const char* key;
        double* target;
        double low;
        double high;
        bool lowOpen; // the low end itself is not allowed
    };
    const Figure figures[] = {
        {"pass_mark", &settings.passMark, 0, 100, false},
        {"budget", &settings.budget, 0, 1e12, false},
        {"outlier_points", &settings.outlierPoints, 0, 100, true},
        {"outlier_ranks", &settings.outlierRanks, 0, 1e6, true},
        {"criterion_spread", &settings.criterionSpread, 0, 1, true},
        {"quorum_share", &settings.quorumShare, 0, 1, true},
        {"meeting_quorum", &settings.meetingQuorum, 0, 1, true},
        {"committee_minimum", &settings.committeeMinimum, 1, 1000, false},
        {"committee_maximum", &settings.committeeMaximum, 1, 1000, false},
        {"external_share", &settings.externalShare, 0, 1, false},
        {"external_present_minimum", &settings.externalPresentMinimum, 0, 1000, false},
        {"talk_minutes", &settings.talkMinutes, 0, 240, true},
        {"question_minutes", &settings.questionMinutes, 0, 240, false},
    };
    for (const Figure& f : figures) {
        const QJsonValue value = json.value(QLatin1String(f.key));
        if (value.isUndefined())
            continue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < f.low || number > f.high || (f.lowOpen && number == f.low))
            return R::failure(QCoreApplication::translate("RoundSettings", "%1 must be a number from %2 to %3")
                                  .arg(QLatin1String(f.key))
                                  .arg(f.lowOpen ? QStringLiteral("> %1").arg(f.low) : QString::number(f.low))
                                  .arg(f.high));
        *f.target = number;
    }
    for (const double* whole :
         {&settings.committeeMinimum, &settings.committeeMaximum, &settings.externalPresentMinimum})
        if (*whole != std::floor(*whole))
            return R::failure(QCoreApplication::translate("RoundSettings", "committee sizes are whole numbers"));
    if (settings.committeeMinimum > settings.committeeMaximum)
        return R::failure(
            QCoreApplication::translate("RoundSettings", "committee_minimum must not exceed committee_maximum"));
    const QJsonValue codes = json.value(QStringLiteral("member_codes"));
    if (!codes.isUndefined() && !codes.isBool())
        return R::failure(QCoreApplication::translate("RoundSettings", "member_codes must be true or false"));
    settings.memberCodes = codes.toBool(false);
    const QJsonValue unsignedReturns = json.value(QStringLiteral("unsigned_returns"));
    if (!unsignedReturns.isUndefined() && !unsignedReturns.isBool())
        return R::failure(QCoreApplication::translate("RoundSettings", "unsigned_returns must be true or false"));
    settings.unsignedReturns = unsignedReturns.toBool(false);
    const QJsonValue timeStamping = json.value(QStringLiteral("time_stamping"));
    const QUrl url(timeStamping.toString());
    if (!timeStamping.isUndefined() &&
        (!timeStamping.isString() ||
         (!timeStamping.toString().isEmpty() &&
          (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))))
        return R::failure(QCoreApplication::translate(
            "RoundSettings", "time_stamping is the http or https address of a time-stamping service, or empty"));
    settings.timeStampUrl = timeStamping.toString();
    const QString tieBreak = json.value(QStringLiteral("tie_break")).toString(QStringLiteral("heaviest_criterion"));
    if (tieBreak != QLatin1String("heaviest_criterion") && tieBreak != QLatin1String("median_rank_sum"))
        return R::failure(QCoreApplication::translate("RoundSettings",
                                                      "tie_break is heaviest_criterion or median_rank_sum, not \"%1\"")
                              .arg(tieBreak));
    settings.tieBreak = tieBreak == QLatin1String("median_rank_sum") ? Settings::TieBreak::MedianThenRankSum
                                                                     : Settings::TieBreak::HeaviestCriterion;
    return settings;
}

namespace {

// A workspace from before schema 14 ranked ties by median, then rank sum (its finalised results were signed so);
// migrating to 14 writes that rule into the settings of every round that has been finalised.
bool beforeCriterionTieBreak(const QSqlDatabase& db)
{
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    return version && version->toInt() < 14;
}

// A round's settings before anyone sets them: the defaults, with the presentation its rubric prescribes.
Settings defaultsOf(const QSqlDatabase& db, qint64 roundId)
{
    Settings settings;
    if (beforeCriterionTieBreak(db))
        settings.tieBreak = Settings::TieBreak::MedianThenRankSum;
    if (auto rubric = ApplicationStore(db).roundRubric(roundId); rubric && rubric->presentation()) {
        settings.talkMinutes = rubric->presentation()->talkMinutes;
        settings.questionMinutes = rubric->presentation()->questionMinutes;
    }
    return settings;
}

} // namespace

Result<Settings> roundSettings(const QSqlDatabase& db, qint64 roundId)
{
    // A workspace opened read-only keeps its schema; one from before schema 6 has only the defaults.
    auto table =
        sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'round_settings'"));
    if (!table)
        return Result<Settings>::failure(table.error());
    if (!table->isValid())
        return defaultsOf(db, roundId);
    auto stored = sql::scalar(db, QStringLiteral("SELECT consensus FROM round_settings WHERE round_id = ?"), {roundId});
    if (!stored)
        return Result<Settings>::failure(stored.error());
    if (!stored->isValid())
        return defaultsOf(db, roundId);
    const QJsonObject json = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    auto settings = settingsFromJson(json);
    if (settings && !json.contains(QStringLiteral("tie_break")) && beforeCriterionTieBreak(db))
        settings->tieBreak = Settings::TieBreak::MedianThenRankSum;
    return settings;
}

Status saveRoundSettings(const QSqlDatabase& db, qint64 roundId, const Settings& settings)
{
    const QJsonObject json = settingsToJson(settings);
    if (auto valid = settingsFromJson(json); !valid)
        return Status::from(valid);
    return Status::from(
        sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO round_settings(round_id, consensus) VALUES (?, ?)"),
                  {roundId, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}));
}

} // namespace rd::consensus
