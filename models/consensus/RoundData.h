#pragma once

#include "consensus/Compilation.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace rd::consensus {

// What the compilation needs of a round, read from the secretariat's workspace: each application with
// the members assigned to it without a conflict and the sheets their returns brought in, the rubric's
// criteria, and the names to show.
struct RoundData
{
    QList<ApplicationInput> applications;
    QList<CriterionInput> criteria;
    QHash<qint64, QString> ubns;
    QHash<qint64, QString> applicants;
    QHash<qint64, QString> reviewerNames;
};

Result<RoundData> loadRound(const QSqlDatabase& db, qint64 roundId);

} // namespace rd::consensus
