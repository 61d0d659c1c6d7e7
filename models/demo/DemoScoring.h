#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>

namespace rd::demo {

// Gives the demo round what its committee would have returned, so that the 共識會議 can be tried at once:
// a complete 評分表 from every assigned member — a realistic spread, lenient and strict members, a few
// marked differences — one member who declares a conflict on an application, and the secretariat's
// 初審意見. The same seed gives the same sheets. One transaction.
Status scoreDemoRound(const QSqlDatabase& db, qint64 roundId, quint32 seed);

} // namespace rd::demo
