// The consensus compilation against a round worked out by hand (the table below): statistics, both
// rankings with their tie-breaks, the flags on both sides of their thresholds, excluded members, the
// funding line.
//
//  app  subsidy  members (total)                          mean   median  ranks (r1 r2 r3)  rank sum
//  A1   1000     r1 80, r2 70, r3 75                      75     75      1, 2.5, 1.5       5
//  A2   2000     r1 60, r2 90, r3 72                      74     72      4, 1,   3         8
//  A3   1500     r1 75, r2 70, r3 75                      73.33  75      2, 2.5, 1.5       6
//  A4    500     r1 50, r2 55 (r3 assigned, no sheet)     52.5   52.5    5, 4              9
//  A5    800     r1 65 (r2 no sheet, r3 declared conflict) 65    65      3                 3
//  A6    300     r11..r15: 90 85 88 40 87                 78     87      1 each            5
//  A7    400     r21 70, r22 80                           75     75      1 each            2
#include "TestSupport.h"

#include "models/consensus/Compilation.h"
#include "models/consensus/RoundSettings.h"

#include <QTest>

using namespace rd::consensus;

namespace {

SheetInput sheet(qint64 reviewer, double total, QHash<QString, double> criteria = {})
{
    return {reviewer, SheetInput::State::Complete, total, std::move(criteria), false, {}};
}

QList<ApplicationInput> round()
{
    return {
        {1,
         1000,
         {1, 2, 3},
         {sheet(1, 80, {{"a", 45}, {"b", 35}}), sheet(2, 70, {{"a", 25}, {"b", 45}}),
          sheet(3, 75, {{"a", 40}, {"b", 35}})}},
        {2, 2000, {1, 2, 3}, {sheet(1, 60), sheet(2, 90), sheet(3, 72)}},
        {3, 1500, {1, 2, 3}, {sheet(1, 75, {{"a", 46}}), sheet(2, 70, {{"a", 25}}), sheet(3, 75, {{"a", 40}})}},
        {4, 500, {1, 2, 3}, {sheet(1, 50), sheet(2, 55)}},
        {5, 800, {1, 2, 3}, {sheet(1, 65), {3, SheetInput::State::Conflict, 0, {}, false, {}}}},
        {6, 300, {11, 12, 13, 14, 15}, {sheet(11, 90), sheet(12, 85), sheet(13, 88), sheet(14, 40), sheet(15, 87)}},
        {7, 400, {21, 22}, {sheet(21, 70), sheet(22, 80)}},
    };
}

const QList<CriterionInput> criteria = {{QStringLiteral("a"), 50, 50}, {QStringLiteral("b"), 50, 50}};

// A copy, so that it may be taken from a temporary list.
ApplicationResult of(const QList<ApplicationResult>& results, qint64 id)
{
    for (const ApplicationResult& r : results)
        if (r.applicationId == id)
            return r;
    qFatal("no application %lld", id);
}

QList<Flag> flagsOf(const ApplicationResult& r, Flag::Kind kind)
{
    QList<Flag> found;
    for (const Flag& f : r.flags)
        if (f.kind == kind)
            found.append(f);
    return found;
}

} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statisticsMatchTheTable()
    {
        const auto results = compile(round(), criteria, {});
        const ApplicationResult& a1 = of(results, 1);
        QCOMPARE(a1.reviewers, 3);
        QCOMPARE(a1.mean, 75.0);
        QCOMPARE(a1.median, 75.0);
        QCOMPARE(a1.stdev, 5.0);
        QCOMPARE(a1.min, 70.0);
        QCOMPARE(a1.max, 80.0);
        QVERIFY(!a1.trimmedMean); // fewer than five sheets
        QCOMPARE(a1.rankSum, 5.0);
        QVERIFY(std::abs(a1.meanZ - 0.554367) < 1e-5);

        const ApplicationResult& a2 = of(results, 2);
        QVERIFY(std::abs(a2.stdev - 15.099669) < 1e-5);
        QCOMPARE(a2.median, 72.0);
        QCOMPARE(a2.rankSum, 8.0);
        QVERIFY(std::abs(of(results, 3).mean - 73.333333) < 1e-5);
        QCOMPARE(of(results, 3).ranks.value(2), 2.5); // r2 gave A1 and A3 the same 70: they share places 2 and 3

        const ApplicationResult& a6 = of(results, 6);
        QCOMPARE(a6.mean, 78.0);
        QCOMPARE(a6.median, 87.0);
        QVERIFY(a6.trimmedMean);
        QVERIFY(std::abs(*a6.trimmedMean - 86.666667) < 1e-5); // 85, 87, 88 without 40 and 90
    }

    void conflictedAndMissingMembersDoNotCount()
    {
        const auto results = compile(round(), criteria, {});
        const ApplicationResult& a5 = of(results, 5);
        QCOMPARE(a5.counted, QList<qint64>{1});
        QCOMPARE(a5.mean, 65.0);
        const QList<Flag> missing = flagsOf(a5, Flag::Kind::MissingSheet);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().reviewerId, 2);
        // Two members remain after r3's declaration; two thirds of two is two sheets, and there is one.
        QCOMPARE(flagsOf(a5, Flag::Kind::NoQuorum).size(), 1);
        const ApplicationResult& a4 = of(results, 4);
        QCOMPARE(flagsOf(a4, Flag::Kind::MissingSheet).first().reviewerId, 3);
        QVERIFY(flagsOf(a4, Flag::Kind::NoQuorum).isEmpty()); // two of three is enough
        // A sheet of a member who is not (or no longer) assigned is not counted.
        QList<ApplicationInput> withStranger = round();
        withStranger[0].sheets.append(sheet(99, 10));
        QCOMPARE(of(compile(withStranger, criteria, {}), 1).mean, 75.0);
    }

    void bothRankingsWithTheirTieBreaks()
    {
        const auto results = compile(round(), criteria, {});
        // By mean: A6 78; A1 and A7 both 75, tied (並列) at 2, A1 first on criterion a (36.7 against none);
        // then A2, A3, A5, A4.
        const QList<qint64> byMean = {6, 1, 7, 2, 3, 5, 4};
        for (int i = 0; i < byMean.size(); ++i)
            QCOMPARE(of(results, byMean.at(i)).rankByMean, i + 1);
        QCOMPARE(of(results, 1).standing, 2);
        QCOMPARE(of(results, 7).standing, 2);
        QVERIFY(of(results, 1).tied && of(results, 7).tied);
        QVERIFY(!of(results, 6).tied);
        QCOMPARE(of(results, 2).standing, 4); // after two sharing 2nd place comes the 4th
        QVERIFY(flagsOf(of(results, 1), Flag::Kind::UnbrokenTie).isEmpty()); // the criterion broke it
        // By rank sum: A7 2, A5 3; A6 and A1 both 5, A6's higher mean first; A3 6, A2 8, A4 9.
        const QList<qint64> bySum = {7, 5, 6, 1, 3, 2, 4};
        for (int i = 0; i < bySum.size(); ++i)
            QCOMPARE(of(results, bySum.at(i)).rankByRankSum, i + 1);
        // Members scored different applications here, so rank sums do not compare: the round ranks by mean.
        Settings rankSum;
        rankSum.method = Settings::Method::RankSum;
        const auto uneven = compile(round(), criteria, rankSum);
        QVERIFY(!rankSumApplies(uneven));
        QCOMPARE(effectiveMethod(uneven, rankSum), Settings::Method::Mean);
        QCOMPARE(of(uneven, 6).rank, 1);
        QCOMPARE(of(uneven, 7).rank, 3);
    }

    void theEarlierTieBreakStaysForRoundsFinalisedWithIt()
    {
        Settings legacy;
        legacy.tieBreak = Settings::TieBreak::MedianThenRankSum;
        const auto results = compile(round(), criteria, legacy);
        // Median 75 each, A7's lower rank sum first; ranks are positions, nothing shares one.
        QCOMPARE(of(results, 7).rank, 2);
        QCOMPARE(of(results, 1).rank, 3);
        QCOMPARE(of(results, 1).standing, 3);
        QVERIFY(!of(results, 1).tied);
        legacy.method = Settings::Method::RankSum;
        QCOMPARE(of(compile(round(), criteria, legacy), 7).rank, 1);
        QCOMPARE(of(compile(round(), criteria, legacy), 6).rank, 3);
    }

    void rankSumsRankWhenEveryMemberScoredEveryApplication()
    {
        const QList<ApplicationInput> even = {
            {1, 100, {1, 2, 3}, {sheet(1, 90), sheet(2, 60), sheet(3, 61)}},
            {2, 100, {1, 2, 3}, {sheet(1, 80), sheet(2, 70), sheet(3, 70)}},
            {3, 100, {1, 2, 3}, {sheet(1, 70), sheet(2, 65), sheet(3, 62)}},
        };
        Settings settings;
        settings.method = Settings::Method::RankSum;
        const auto results = compile(even, criteria, settings);
        QVERIFY(rankSumApplies(results));
        // Rank sums: A2 2+1+1 = 4, A1 1+3+3 = 7, A3 3+2+2 = 7; A1 and A3 tie at 7, A1's higher mean first.
        QCOMPARE(of(results, 2).rank, 1);
        QCOMPARE(of(results, 1).rank, 2);
        QCOMPARE(of(results, 3).rank, 3);
        QCOMPARE(of(results, 1).standing, 2);
        QCOMPARE(of(results, 3).standing, 2);
        QVERIFY(of(results, 1).tied && of(results, 3).tied);
    }

    void aTieNothingBreaksIsTheCommitteesToOrder()
    {
        // A1 and A2 agree on every figure; A3 scores lower.
        const QHash<QString, double> same = {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 40}};
        const QList<ApplicationInput> tied = {
            {1, 600, {1, 2}, {sheet(1, 80, same), sheet(2, 80, same)}},
            {2, 600, {1, 2}, {sheet(1, 80, same), sheet(2, 80, same)}},
            {3, 300, {1, 2}, {sheet(1, 75, {{"a", 40}, {"b", 35}}), sheet(2, 75, {{"a", 40}, {"b", 35}})}},
        };
        Settings settings;
        settings.budget = 1000; // room for one of the tied pair, not both
        const auto results = compile(tied, criteria, settings);
        for (qint64 id : {1, 2}) {
            QCOMPARE(of(results, id).standing, 1);
            QCOMPARE(flagsOf(of(results, id), Flag::Kind::UnbrokenTie).size(), 1);
            QVERIFY(!of(results, id).funded); // the line falls inside the tie: neither until the committee orders
        }
        QVERIFY(flagsOf(of(results, 3), Flag::Kind::UnbrokenTie).isEmpty());
        QCOMPARE(of(results, 3).standing, 3);
        settings.budget = 2000; // both fit: both funded
        const auto roomy = compile(tied, criteria, settings);
        QVERIFY(of(roomy, 1).funded && of(roomy, 2).funded);
    }

    void flagsOnBothSidesOfTheirThresholds()
    {
        // A2: r1 is 21 below the others' mean, r2 24 above.
        Settings settings;
        settings.outlierPoints = 15;
        QCOMPARE(flagsOf(of(compile(round(), criteria, settings), 2), Flag::Kind::OutlierPoints).size(), 2);
        settings.outlierPoints = 21; // exactly 21 is not "more than 21"
        const QList<Flag> points = flagsOf(of(compile(round(), criteria, settings), 2), Flag::Kind::OutlierPoints);
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first().reviewerId, 2);
        QCOMPARE(points.first().value, 24.0);
        // A6: 40 against the others' 87.5.
        QCOMPARE(flagsOf(of(compile(round(), criteria, {}), 6), Flag::Kind::OutlierPoints).first().value, -47.5);

        // A2's ranks: r1 4 (others' median 2), r2 1 (others' median 3.5), r3 3.
        settings.outlierRanks = 2;
        const QList<Flag> ranks = flagsOf(of(compile(round(), criteria, settings), 2), Flag::Kind::OutlierRank);
        QCOMPARE(ranks.size(), 1);
        QCOMPARE(ranks.first().reviewerId, 2);
        QCOMPARE(ranks.first().value, -2.5);
        settings.outlierRanks = 3;
        QVERIFY(flagsOf(of(compile(round(), criteria, settings), 2), Flag::Kind::OutlierRank).isEmpty());

        // Criterion a spans 20 of 50 on A1 (exactly 40 %: not flagged) and 21 on A3 (flagged).
        const auto results = compile(round(), criteria, {});
        QVERIFY(flagsOf(of(results, 1), Flag::Kind::CriterionSpread).isEmpty());
        const QList<Flag> spread = flagsOf(of(results, 3), Flag::Kind::CriterionSpread);
        QCOMPARE(spread.size(), 1);
        QCOMPARE(spread.first().criterion, QStringLiteral("a"));
        QCOMPARE(spread.first().value, 21.0);

        QList<ApplicationInput> revised = round();
        revised[0].sheets[0].superseded = true;
        revised[0].sheets[1].state = SheetInput::State::Incomplete;
        const ApplicationResult& a1 = of(compile(revised, criteria, {}), 1);
        QCOMPARE(flagsOf(a1, Flag::Kind::SupersededSheet).first().reviewerId, 1);
        QCOMPARE(flagsOf(a1, Flag::Kind::IncompleteSheet).first().reviewerId, 2);
        QCOMPARE(a1.reviewers, 2); // the incomplete sheet does not count
    }

    void theFundingLineFollowsTheRanking()
    {
        Settings settings;
        settings.passMark = 70;
        settings.budget = 3000;
        const auto results = compile(round(), criteria, settings);
        // A6 300 → 300, A1 1000 → 1300, A7 400 → 1700, A2 2000 → 3700 over 3000: the line falls before A2.
        QVERIFY(of(results, 6).funded);
        QVERIFY(of(results, 7).funded);
        QVERIFY(of(results, 1).funded);
        QCOMPARE(of(results, 1).cumulativeSubsidy, 1300.0);
        QCOMPARE(of(results, 7).cumulativeSubsidy, 1700.0);
        QVERIFY(of(results, 2).passes);
        QVERIFY(!of(results, 2).funded);
        QVERIFY(!of(results, 3).funded); // passes, but below the line
        QVERIFY(!of(results, 5).passes); // 65 < 70
        QVERIFY(!of(results, 5).funded);
    }

    void aRoundKeepsItsSettings()
    {
        rd::test::TempWorkspace ws;
        const QSqlDatabase db = ws.workspace->db();
        const Settings defaults = roundSettings(db, ws.roundId).value();
        QCOMPARE(defaults.passMark, 70.0);
        QCOMPARE(defaults.method, Settings::Method::Mean);

        Settings mine;
        mine.method = Settings::Method::RankSum;
        mine.passMark = 75;
        mine.budget = 120000;
        mine.outlierPoints = 12;
        QVERIFY(saveRoundSettings(db, ws.roundId, mine).ok());
        const Settings back = roundSettings(db, ws.roundId).value();
        QCOMPARE(back.method, Settings::Method::RankSum);
        QCOMPARE(back.passMark, 75.0);
        QCOMPARE(back.budget, 120000.0);
        QCOMPARE(back.outlierPoints, 12.0);

        mine.passMark = 120;
        const rd::Status refused = saveRoundSettings(db, ws.roundId, mine);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("pass_mark")), qPrintable(refused.error()));
        QCOMPARE(roundSettings(db, ws.roundId)->passMark, 75.0); // the stored settings are untouched
        QVERIFY(!settingsFromJson(QJsonObject{{QStringLiteral("quorum_share"), 0}}));
        QVERIFY(!settingsFromJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("median")}}));
    }
};

QTEST_GUILESS_MAIN(TestConsensus)
#include "tst_consensus.moc"
