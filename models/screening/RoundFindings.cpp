#include "models/screening/RoundFindings.h"

#include "models/rules/RuleEngine.h"
#include "models/rules/RuleSet.h"
#include "models/store/ApplicationStore.h"

namespace rd::roundfindings {

Status recompute(const QSqlDatabase& db, qint64 roundId)
{
    ApplicationStore store(db);
    auto round = store.round(roundId);
    if (!round)
        return Status::from(round);
    auto rules = RuleSet::load(round->ruleset);
    if (!rules)
        return Status::from(rules);
    auto facts = store.facts(roundId);
    if (!facts)
        return Status::from(facts);
    return store.replaceFindings(roundId, RuleEngine::evaluate(*rules, *facts));
}

Status refreshIfStale(const QSqlDatabase& db, qint64 roundId)
{
    auto stale = ApplicationStore(db).findingsStale(roundId);
    if (!stale)
        return Status::from(stale);
    return *stale ? recompute(db, roundId) : Status();
}

} // namespace rd::roundfindings
