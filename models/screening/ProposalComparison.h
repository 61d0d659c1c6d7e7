#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>

#include <atomic>

namespace rd::proposals {

// Compares the proposals (計畫書) and presentations (簡報) of a round with each other and with those of the
// workspace's earlier rounds (similarity/TextReuse), and replaces the round's text_matches with what it finds:
// a company may not apply with the same or a similar plan elsewhere, and a plan suspected of duplicating
// another may be examined (004 捌、一(七)(八)). Two documents of one application are not compared with each
// other. Marks the round's findings stale; `round.similar_proposal` reads the matches. Nothing changes when
// cancelled.
Status compare(const QSqlDatabase& db, qint64 roundId, const std::atomic_bool* cancelled = nullptr);

} // namespace rd::proposals
