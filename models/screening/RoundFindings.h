#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>

namespace rd::roundfindings {

// Evaluates the round's rule set over its applications and replaces the stored findings in one
// transaction: the store keeps findings, the rules compute them, and this is where the two meet.
Status recompute(const QSqlDatabase& db, qint64 roundId);
// Recomputes when an import or a 補正 left the round's findings stale; decisions taken on stale findings
// would rest on the checks of another dossier.
Status refreshIfStale(const QSqlDatabase& db, qint64 roundId);

} // namespace rd::roundfindings
