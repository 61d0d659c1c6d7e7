#include "models/consensus/Compilation.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rd::consensus {

namespace {

double mean(const QList<double>& values)
{
    return values.isEmpty() ? 0 : std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double sampleStdev(const QList<double>& values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double squares = 0;
    for (double v : values)
        squares += (v - m) * (v - m);
    return std::sqrt(squares / (values.size() - 1));
}

// Rounds away the last bits of floating-point sums, so that figures equal on paper compare equal.
double tidy(double value)
{
    return std::round(value * 1e9) / 1e9;
}

} // namespace

QString flagKey(Flag::Kind kind)
{
    switch (kind) {
    case Flag::Kind::OutlierPoints:
        return QStringLiteral("outlier_points");
    case Flag::Kind::OutlierRank:
        return QStringLiteral("outlier_rank");
    case Flag::Kind::CriterionSpread:
        return QStringLiteral("criterion_spread");
    case Flag::Kind::MissingSheet:
        return QStringLiteral("missing_sheet");
    case Flag::Kind::IncompleteSheet:
        return QStringLiteral("incomplete_sheet");
    case Flag::Kind::SupersededSheet:
        return QStringLiteral("superseded_sheet");
    case Flag::Kind::NoQuorum:
        return QStringLiteral("no_quorum");
    case Flag::Kind::ChecklistNotMet:
        return QStringLiteral("checklist_not_met");
    case Flag::Kind::UnbrokenTie:
        return QStringLiteral("unbroken_tie");
    }
    return {};
}

namespace {

// Each member's totals over the applications they scored, for their ranking and z-scores.
using TotalsByMember = QHash<qint64, QList<QPair<int, double>>>; // member → (result index, total)

// The sheets of one application that count, with the flags they raise: sheets of members no longer
// assigned do not count, a conflict is declared, an incomplete sheet is flagged and left out.
QList<const SheetInput*> countSheets(const ApplicationInput& app, ApplicationResult& r, int& declared)
{
    QSet<qint64> withSheet;
    QList<const SheetInput*> counted;
    for (const SheetInput& sheet : app.sheets) {
        withSheet.insert(sheet.reviewerId);
        if (sheet.state == SheetInput::State::Conflict) {
            declared += app.assigned.contains(sheet.reviewerId) ? 1 : 0;
            continue;
        }
        if (!app.assigned.contains(sheet.reviewerId))
            continue; // not (or no longer) assigned without a conflict: it does not count
        if (sheet.superseded)
            r.flags.append({Flag::Kind::SupersededSheet, sheet.reviewerId, {}, 0});
        if (sheet.state == SheetInput::State::Incomplete) {
            r.flags.append({Flag::Kind::IncompleteSheet, sheet.reviewerId, {}, 0});
            continue;
        }
        for (const QString& item : sheet.notMet)
            r.flags.append({Flag::Kind::ChecklistNotMet, sheet.reviewerId, item, 0});
        r.counted.append(sheet.reviewerId);
        r.totals.insert(sheet.reviewerId, sheet.total);
        counted.append(&sheet);
    }
    for (qint64 member : app.assigned)
        if (!withSheet.contains(member))
            r.flags.append({Flag::Kind::MissingSheet, member, {}, 0});
    return counted;
}

void describeTotals(const QList<double>& totals, ApplicationResult& r)
{
    r.reviewers = int(totals.size());
    if (totals.isEmpty())
        return;
    r.mean = tidy(mean(totals));
    r.median = tidy(median(totals));
    r.stdev = tidy(sampleStdev(totals));
    r.min = *std::min_element(totals.cbegin(), totals.cend());
    r.max = *std::max_element(totals.cbegin(), totals.cend());
    if (totals.size() >= 5) {
        QList<double> trimmed = totals;
        std::sort(trimmed.begin(), trimmed.end());
        r.trimmedMean = tidy(mean(trimmed.mid(1, trimmed.size() - 2)));
    }
}

// Points: each total against the mean of the others', once there are others enough to compare.
void flagOutlierTotals(const QList<const SheetInput*>& counted, const QList<double>& totals, const Settings& settings,
                       ApplicationResult& r)
{
    if (totals.size() < 3)
        return;
    const double sum = std::accumulate(totals.cbegin(), totals.cend(), 0.0);
    for (const SheetInput* sheet : counted) {
        const double gap = tidy(sheet->total - (sum - sheet->total) / (totals.size() - 1));
        if (std::abs(gap) > settings.outlierPoints)
            r.flags.append({Flag::Kind::OutlierPoints, sheet->reviewerId, {}, gap});
    }
}

// Each criterion's mean over the counted sheets, and a flag where its scores span too much of its maximum.
void describeCriteria(const QList<const SheetInput*>& counted, const QList<CriterionInput>& criteria,
                      const Settings& settings, ApplicationResult& r)
{
    for (const CriterionInput& c : criteria) {
        QList<double> scores;
        for (const SheetInput* sheet : counted)
            if (sheet->criteria.contains(c.id))
                scores.append(sheet->criteria.value(c.id));
        if (!scores.isEmpty())
            r.criterionMeans.insert(c.id, tidy(mean(scores)));
        if (scores.size() < 2 || c.maximum <= 0)
            continue;
        const double spread =
            *std::max_element(scores.cbegin(), scores.cend()) - *std::min_element(scores.cbegin(), scores.cend());
        if (spread > settings.criterionSpread * c.maximum + 1e-9)
            r.flags.append({Flag::Kind::CriterionSpread, 0, c.id, spread});
    }
}

ApplicationResult compileApplication(const ApplicationInput& app, const QList<CriterionInput>& criteria,
                                     const Settings& settings)
{
    ApplicationResult r;
    r.applicationId = app.applicationId;
    int declared = 0;
    const QList<const SheetInput*> counted = countSheets(app, r, declared);
    QList<double> totals;
    for (const SheetInput* sheet : counted)
        totals.append(sheet->total);
    describeTotals(totals, r);
    // Quorum: of the members assigned, those who did not declare a conflict on their sheet.
    const double eligible = std::max(0, int(app.assigned.size()) - declared);
    const int required = int(std::ceil(settings.quorumShare * eligible - 1e-9));
    if (r.reviewers == 0 || r.reviewers < required)
        r.flags.append({Flag::Kind::NoQuorum, 0, {}, double(r.reviewers)});
    flagOutlierTotals(counted, totals, settings, r);
    describeCriteria(counted, criteria, settings, r);
    return r;
}

// 序位法: each member ranks what they scored, highest total first; tied totals share the mean of their places.
// Beside it, each member's z-score, and a flag where a member's rank is far from the others'.
void rankWithinMembers(TotalsByMember& byMember, const Settings& settings, QList<ApplicationResult>& results)
{
    for (auto it = byMember.begin(); it != byMember.end(); ++it) {
        QList<QPair<int, double>>& scored = it.value();
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        QList<double> totals;
        for (const auto& s : scored)
            totals.append(s.second);
        const double m = mean(totals);
        const double s = sampleStdev(totals);
        for (int i = 0; i < scored.size();) {
            int j = i;
            while (j + 1 < scored.size() && scored.at(j + 1).second == scored.at(i).second)
                ++j;
            const double place = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; ++k) {
                ApplicationResult& r = results[scored.at(k).first];
                r.ranks.insert(it.key(), place);
                r.rankSum += place;
                r.meanZ += s > 0 ? (scored.at(k).second - m) / s : 0;
            }
            i = j + 1;
        }
    }
    for (ApplicationResult& r : results) {
        if (r.reviewers > 0)
            r.meanZ = tidy(r.meanZ / r.reviewers);
        r.rankSum = tidy(r.rankSum);
        if (r.ranks.size() < 3)
            continue;
        for (auto it = r.ranks.cbegin(); it != r.ranks.cend(); ++it) {
            QList<double> others;
            for (auto o = r.ranks.cbegin(); o != r.ranks.cend(); ++o)
                if (o.key() != it.key())
                    others.append(o.value());
            const double gap = it.value() - median(others);
            if (std::abs(gap) > settings.outlierRanks)
                r.flags.append({Flag::Kind::OutlierRank, it.key(), {}, gap});
        }
    }
}

// Both rankings. Applications equal on the ranking's figure share their standing (並列); their order, which
// the funding line follows, comes from a documented rule (docs/consensus.md, "Ties"), never from intake.
class Ranking final
{
public:
    Ranking(QList<ApplicationResult>& results, const QList<CriterionInput>& criteria, const Settings& settings)
        : m_results(results), m_heaviestFirst(criteria),
          m_legacy(settings.tieBreak == Settings::TieBreak::MedianThenRankSum)
    {
        std::stable_sort(m_heaviestFirst.begin(), m_heaviestFirst.end(),
                         [](const CriterionInput& a, const CriterionInput& b) {
                             return (a.weight > 0 ? a.weight : a.maximum) > (b.weight > 0 ? b.weight : b.maximum);
                         });
    }

    // Orders the results by the mean or the rank sum, and calls `assign(result, position, standing, tied,
    // unbroken)` for each: standing is the shared place of those equal on the figure, unbroken says the
    // tie-break could not order it against a neighbour.
    template <typename Assign>
    void rankBy(bool rankSum, Assign assign)
    {
        QList<int> order(m_results.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (auto decided = scoredFirst(a, b))
                return *decided;
            const ApplicationResult &x = m_results[a], &y = m_results[b];
            if (const int f = figureOrder(x, y, rankSum))
                return f < 0;
            if (const int t = byTieBreak(x, y, rankSum))
                return t < 0;
            return x.applicationId < y.applicationId; // only to list an unbroken tie the same way each time
        });
        const auto equalOnFigure = [&](int i, const ApplicationResult& r) {
            return m_results[order.at(i)].reviewers > 0 && figureOrder(m_results[order.at(i)], r, rankSum) == 0;
        };
        for (int i = 0; i < order.size(); ++i) {
            const ApplicationResult& r = m_results[order.at(i)];
            const bool scored = r.reviewers > 0;
            int first = i; // the first of those equal on the figure: their shared standing
            while (first > 0 && scored && equalOnFigure(first - 1, r))
                --first;
            const bool tiedBefore = first < i;
            const bool tiedAfter = scored && i + 1 < order.size() && equalOnFigure(i + 1, r);
            const bool unbroken =
                !m_legacy && ((tiedBefore && byTieBreak(m_results[order.at(i - 1)], r, rankSum) == 0) ||
                              (tiedAfter && byTieBreak(r, m_results[order.at(i + 1)], rankSum) == 0));
            assign(m_results[order.at(i)], i + 1, first + 1, tiedBefore || tiedAfter, unbroken);
        }
    }

    bool legacy() const { return m_legacy; }

private:
    static int figureOrder(const ApplicationResult& x, const ApplicationResult& y, bool rankSum)
    {
        if (rankSum)
            return x.rankSum != y.rankSum ? (x.rankSum < y.rankSum ? -1 : 1) : 0;
        return x.mean != y.mean ? (x.mean > y.mean ? -1 : 1) : 0;
    }

    // Compares two scored applications on the tie-break alone: < 0 when x goes first, 0 when nothing tells
    // them apart.
    int byTieBreak(const ApplicationResult& x, const ApplicationResult& y, bool rankSumFirst) const
    {
        if (m_legacy) {
            if (rankSumFirst)
                return x.mean != y.mean ? (x.mean > y.mean ? -1 : 1) : 0;
            if (x.median != y.median)
                return x.median > y.median ? -1 : 1;
            return x.rankSum != y.rankSum ? (x.rankSum < y.rankSum ? -1 : 1) : 0;
        }
        if (rankSumFirst && x.mean != y.mean)
            return x.mean > y.mean ? -1 : 1;
        for (const CriterionInput& c : m_heaviestFirst) {
            const double a = x.criterionMeans.value(c.id), b = y.criterionMeans.value(c.id);
            if (a != b)
                return a > b ? -1 : 1;
        }
        return 0;
    }

    // Applications without a counted sheet come last, by id.
    std::optional<bool> scoredFirst(int a, int b) const
    {
        const bool sa = m_results[a].reviewers > 0, sb = m_results[b].reviewers > 0;
        if (sa != sb)
            return sa;
        if (!sa)
            return m_results[a].applicationId < m_results[b].applicationId;
        return std::nullopt;
    }

    QList<ApplicationResult>& m_results;
    QList<CriterionInput> m_heaviestFirst;
    const bool m_legacy;
};

} // namespace

QList<ApplicationResult> compile(const QList<ApplicationInput>& applications, const QList<CriterionInput>& criteria,
                                 const Settings& settings)
{
    QList<ApplicationResult> results;
    results.reserve(applications.size());
    TotalsByMember byMember;
    for (const ApplicationInput& app : applications) {
        ApplicationResult r = compileApplication(app, criteria, settings);
        for (qint64 member : std::as_const(r.counted))
            byMember[member].append({int(results.size()), r.totals.value(member)});
        results.append(r);
    }
    rankWithinMembers(byMember, settings, results);

    Ranking ranking(results, criteria, settings);
    ranking.rankBy(false, [](ApplicationResult& r, int position, int, bool, bool) { r.rankByMean = position; });
    ranking.rankBy(true, [](ApplicationResult& r, int position, int, bool, bool) { r.rankByRankSum = position; });
    // The funding line: down the round's ranking, passing applications take their requested subsidy until
    // the budget runs out; the first that does not fit ends the line.
    const bool legacy = ranking.legacy();
    const bool byRankSum = legacy ? settings.method == Settings::Method::RankSum
                                  : effectiveMethod(results, settings) == Settings::Method::RankSum;
    ranking.rankBy(byRankSum, [&](ApplicationResult& r, int position, int standing, bool tied, bool unbroken) {
        r.rank = position;
        r.standing = legacy ? position : standing;
        r.tied = !legacy && tied;
        if (unbroken)
            r.flags.append({Flag::Kind::UnbrokenTie, 0, {}, byRankSum ? r.rankSum : r.mean});
    });
    for (ApplicationResult& r : results)
        r.passes = r.reviewers > 0 && r.mean >= settings.passMark;
    QHash<qint64, double> requested;
    for (const ApplicationInput& app : applications)
        requested.insert(app.applicationId, app.requestedSubsidy);
    drawFundingLine(results, requested, {}, settings);
    return results;
}

bool rankSumApplies(const QList<ApplicationResult>& results)
{
    std::optional<QSet<qint64>> members;
    for (const ApplicationResult& r : results) {
        if (r.reviewers == 0)
            continue;
        const QSet<qint64> counted(r.counted.cbegin(), r.counted.cend());
        if (members && *members != counted)
            return false;
        members = counted;
    }
    return true;
}

Settings::Method effectiveMethod(const QList<ApplicationResult>& results, const Settings& settings)
{
    return settings.method == Settings::Method::RankSum && rankSumApplies(results) ? Settings::Method::RankSum
                                                                                   : Settings::Method::Mean;
}

void drawFundingLine(QList<ApplicationResult>& results, const QHash<qint64, double>& subsidy,
                     const QHash<qint64, bool>& decided, const Settings& settings)
{
    QList<int> order(results.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return results[a].rank < results[b].rank; });
    double cumulative = 0;
    bool lineReached = false;
    for (int index : std::as_const(order)) {
        ApplicationResult& r = results[index];
        r.cumulativeSubsidy = 0;
        r.funded = false;
        if (!decided.value(r.applicationId, r.passes))
            continue;
        cumulative += subsidy.value(r.applicationId);
        r.cumulativeSubsidy = tidy(cumulative);
        lineReached = lineReached || (settings.budget > 0 && cumulative > settings.budget + 1e-9);
        r.funded = !lineReached;
    }
    // A line that falls inside a tie nothing broke funds none of it: the committee orders them (議決 / 抽籤).
    QHash<int, QList<int>> unbroken; // standing → results
    for (int i = 0; i < results.size(); ++i)
        if (std::any_of(results[i].flags.cbegin(), results[i].flags.cend(),
                        [](const Flag& f) { return f.kind == Flag::Kind::UnbrokenTie; }))
            unbroken[results[i].standing].append(i);
    for (const QList<int>& group : std::as_const(unbroken)) {
        const bool some = std::any_of(group.cbegin(), group.cend(), [&](int i) { return results[i].funded; });
        const bool all = std::all_of(group.cbegin(), group.cend(), [&](int i) {
            return results[i].funded || !decided.value(results[i].applicationId, results[i].passes);
        });
        if (some && !all)
            for (int i : group)
                results[i].funded = false;
    }
}

} // namespace rd::consensus
