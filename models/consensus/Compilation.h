#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::consensus {

// The thresholds and figures a round compiles with (design.md §4); configurable per round.
struct Settings
{
    double outlierPoints = 15;    // a total this far from the mean of the others' is flagged
    double outlierRanks = 3;      // a rank this many places from the median of the others' is flagged
    double criterionSpread = 0.4; // a criterion whose scores span this share of its maximum is flagged
    double quorumShare = 2.0 / 3; // share of the assigned, non-conflicted members whose sheets must be in
    double passMark = 70;         // on the 0–100 total
    double budget = 0;            // NT$ thousand for the funding line; 0 for none
    enum class Method
    {
        Mean,   // rank by the mean total
        RankSum // 序位法: each member ranks the applications they scored; the lowest sum ranks first
    };
    Method method = Method::Mean;
    // How applications equal on the ranking's figure are ordered (docs/consensus.md, "Ties"). Rounds finalised
    // before the criterion rule keep the rule their signed results were computed with.
    enum class TieBreak
    {
        HeaviestCriterion, // 並列, ordered by the mean on the heaviest criterion, then the next; else 議決 / 抽籤
        MedianThenRankSum  // the earlier rule: median, then rank sum, then intake order
    };
    TieBreak tieBreak = TieBreak::HeaviestCriterion;

    // The meeting (these do not change the figures).
    double meetingQuorum = 0.5; // share of the committee present: 採購評選委員會審議規則 第9條, 二分之一以上
    // The committee (採購評選委員會組織準則 第4條): 5 to 17 members, experts and scholars from outside the
    // agency (外聘) at least one third; and at the meeting (審議規則 第9條) at least two of them present, making
    // up at least one third of those present.
    double committeeMinimum = 5;
    double committeeMaximum = 17;
    double externalShare = 1.0 / 3;
    double externalPresentMinimum = 2;
    bool memberCodes = false; // the 總表 shows members as codes instead of names (審議規則 第6條之1第4項)
    double talkMinutes = 10;  // the applicant's presentation, then the questions (seed 003, 簡報審查 10 + 10)
    double questionMinutes = 10;

    // Returns (these do not change the figures either). Signed returns are the normal path: a round that
    // accepts unsigned sheets from members without a registered certificate says so here, and its 總表 and
    // archive say so too (docs/signatures.md).
    bool unsignedReturns = false;
    // The RFC 3161 time-stamping service (TSA) of the round, empty for none: signed sheets must then carry its
    // time stamp, whose time replaces the signer's clock (docs/signatures.md, "Time").
    QString timeStampUrl;
};

// One member's sheet as the compilation sees it.
struct SheetInput
{
    qint64 reviewerId = 0;
    enum class State
    {
        Complete,
        Incomplete,
        Conflict
    };
    State state = State::Complete;
    double total = 0;
    QHash<QString, double> criteria; // score by criterion id
    bool superseded = false;         // it replaced an earlier return's sheet with other figures
    QStringList notMet;              // checklist items the member marked not met (不符合)
};

struct ApplicationInput
{
    qint64 applicationId = 0;
    double requestedSubsidy = 0;
    QList<qint64> assigned; // members assigned and not conflicted
    QList<SheetInput> sheets;
};

struct CriterionInput
{
    QString id;
    double maximum = 0;
    double weight = 0; // its share of the total; ties are broken on the heaviest first (0: by maximum)
};

struct Flag
{
    enum class Kind
    {
        OutlierPoints,   // a member's total far from the others' mean
        OutlierRank,     // a member's rank far from the others' median rank
        CriterionSpread, // members disagree widely on a criterion
        MissingSheet,    // an assigned member has not returned a sheet
        IncompleteSheet,
        SupersededSheet, // a later return changed the sheet
        NoQuorum,        // fewer sheets than the quorum share of assigned members
        UnbrokenTie,     // equal on the ranking's figure and on every criterion: 議決 or 抽籤 orders them
        ChecklistNotMet  // a member marked a checklist item not met (004 柒、二(二)); the meeting resolves it
    };
    Kind kind;
    qint64 reviewerId = 0; // 0 when it concerns the application as a whole
    QString criterion;
    double value = 0; // the figure that crossed the threshold
};
QString flagKey(Flag::Kind kind);

struct ApplicationResult
{
    qint64 applicationId = 0;
    QList<qint64> counted;        // members whose complete sheets count, by id
    QHash<qint64, double> totals; // by member
    QHash<qint64, double> ranks;  // each member's rank of this application among those they scored
    int reviewers = 0;
    double mean = 0;
    double median = 0;
    double stdev = 0; // sample standard deviation (n − 1); 0 for one sheet
    double min = 0;
    double max = 0;
    std::optional<double> trimmedMean; // without the highest and lowest, from five sheets on
    double meanZ = 0;                  // mean of the members' z-scores, beside the raw figures
    double rankSum = 0;
    int rankByMean = 0;
    int rankByRankSum = 0;
    int rank = 0;     // position by the round's method, every tie ordered (the funding line follows it)
    int standing = 0; // rank as printed: applications equal on the ranking's figure share it (並列)
    bool tied = false;
    QHash<QString, double> criterionMeans; // mean score per criterion over the counted sheets
    bool passes = false;
    double cumulativeSubsidy = 0; // along the ranking, over passing applications
    bool funded = false;
    QList<Flag> flags;
};

// 序位法 compares rank sums fairly only when every counted member scored every application that has counted
// sheets; otherwise a round set to rank sums is ranked by mean, and the 總表 says so.
bool rankSumApplies(const QList<ApplicationResult>& results);
Settings::Method effectiveMethod(const QList<ApplicationResult>& results, const Settings& settings);

// Compiles a round: statistics, both rankings, flags and the funding line. A pure function of its input,
// so that it can be checked against figures worked out by hand and is fast enough to run on every change.
QList<ApplicationResult> compile(const QList<ApplicationInput>& applications, const QList<CriterionInput>& criteria,
                                 const Settings& settings);

// The funding line: down the ranking, the applications that pass take their subsidy until the round's budget
// runs out; the first that does not fit ends the line. `subsidy` is each application's amount (requested, or
// the 核定補助款 once decided); `decided` says, where the committee decided, whether it passed, else the pass
// mark does.
void drawFundingLine(QList<ApplicationResult>& results, const QHash<qint64, double>& subsidy,
                     const QHash<qint64, bool>& decided, const Settings& settings);

} // namespace rd::consensus
