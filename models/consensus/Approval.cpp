#include "models/consensus/Approval.h"

#include "models/rules/FindingText.h"
#include "models/rules/RuleSet.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rd::consensus {

namespace {

// Amounts are NT$ thousand with at most one decimal in the forms; compare without binary noise.
constexpr double epsilon = 1e-6;

} // namespace

Result<ApprovalLimits> approvalLimits(const QSqlDatabase& db, qint64 applicationId)
{
    using R = Result<ApprovalLimits>;
    ApplicationStore store(db);
    auto record = store.application(applicationId);
    if (!record)
        return R::failure(record.error());
    auto round = store.round(record->summary.roundId);
    if (!round)
        return R::failure(round.error());
    auto rules = RuleSet::load(round->ruleset);
    if (!rules)
        return R::failure(rules.error());
    ApprovalLimits limits;
    const BudgetLine total = record->budget.sum();
    limits.requested = total.subsidy;
    limits.submittedTotal = total.total();
    limits.kpi = record->dossier.proposal.cappedKpi();
    if (const RuleSpec* share = rules->rule(QStringLiteral("budget.subsidy_share")))
        limits.maxSubsidyPercent = share->params.value(QStringLiteral("max_percent")).toDouble(50);
    if (const RuleSpec* capRule = rules->rule(QStringLiteral("budget.subsidy_cap"))) {
        limits.capSource = capRule->source;
        // The highest tier the 推動家數 reaches sets the cap, as rule budget.subsidy_cap checks the request.
        const QString category = categoryKey(record->dossier.proposal.category);
        for (const QJsonValue& tier :
             capRule->params.value(QStringLiteral("tiers")).toObject().value(category).toArray())
            if (limits.kpi >= tier[QStringLiteral("kpi")].toInt())
                limits.cap = qMax(limits.cap.value_or(0), tier[QStringLiteral("cap")].toDouble());
    }
    return limits;
}

double mostApprovable(const ApprovalLimits& limits)
{
    if (!limits.cap)
        return 0;
    // Whole NT$ thousand, as the forms write amounts (附件7 說明5).
    return std::floor(
        std::min({limits.requested, *limits.cap, limits.submittedTotal * limits.maxSubsidyPercent / 100}) + epsilon);
}

QString approvalProblem(const ApprovalLimits& limits, double subsidy, double total)
{
    using FindingText::amount;
    if (!(subsidy > 0))
        return QCoreApplication::translate("Approval",
                                           "Record the approved subsidy (核定補助款) of a passed application.");
    if (subsidy > limits.requested + epsilon)
        return QCoreApplication::translate("Approval",
                                           "The approved subsidy (核定補助款) of %1 thousand exceeds the %2 thousand "
                                           "requested.")
            .arg(amount(subsidy), amount(limits.requested));
    if (!limits.cap)
        return QCoreApplication::translate("Approval",
                                           "%1 organisations to promote (推動家數) reach no subsidy tier of the "
                                           "category (%2): nothing can be approved.")
            .arg(limits.kpi)
            .arg(limits.capSource);
    if (subsidy > *limits.cap + epsilon)
        return QCoreApplication::translate("Approval",
                                           "The approved subsidy (核定補助款) of %1 thousand exceeds the cap of %2 "
                                           "thousand for %3 organisations to promote (推動家數) (%4).")
            .arg(amount(subsidy), amount(*limits.cap))
            .arg(limits.kpi)
            .arg(limits.capSource);
    if (!(total > 0) || total > limits.submittedTotal + epsilon)
        return QCoreApplication::translate("Approval",
                                           "The approved total budget (核定總經費) must be more than 0 and at most the "
                                           "%1 thousand submitted.")
            .arg(amount(limits.submittedTotal));
    if (subsidy > total * limits.maxSubsidyPercent / 100 + epsilon)
        return QCoreApplication::translate("Approval",
                                           "The approved subsidy (核定補助款) of %1 thousand is more than %2 % of the "
                                           "approved total budget of %3 thousand (004 捌、一(四)1).")
            .arg(amount(subsidy))
            .arg(limits.maxSubsidyPercent)
            .arg(amount(total));
    return {};
}

} // namespace rd::consensus
