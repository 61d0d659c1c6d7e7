#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rd::consensus {

// What bounds the 核定補助款 of one application (004 參、一(二); 捌、一(四)1): the subsidy it requested, the cap
// of its category for its 推動家數 (from the round's rule set), and half of the approved total budget.
struct ApprovalLimits
{
    double requested = 0;      // NT$ thousand
    std::optional<double> cap; // none when the 推動家數 reaches no tier of its category
    int kpi = 0;
    QString capSource;         // the 004 section, from the rule set
    double submittedTotal = 0; // the total budget as submitted (補助款 + 自籌款)
    double maxSubsidyPercent = 50;
};

Result<ApprovalLimits> approvalLimits(const QSqlDatabase& db, qint64 applicationId);

// The most that can be approved: the request, within the cap and half of the submitted total budget; 0 when
// no tier is reached.
double mostApprovable(const ApprovalLimits& limits);

// Why `subsidy` of an approved total budget `total` cannot be approved, naming the limit and its source in
// the reader's language; empty when it can.
QString approvalProblem(const ApprovalLimits& limits, double subsidy, double total);

} // namespace rd::consensus
