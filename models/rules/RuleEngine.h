#pragma once

#include "models/core/Result.h"
#include "models/rules/ApplicationFacts.h"
#include "models/rules/Finding.h"
#include "models/rules/RuleSet.h"

#include <QStringList>

namespace rd {

namespace RuleEngine {

// Ids of every rule the engine can evaluate (the CLI's contract).
QStringList knownRules();

// Checks that a rule's params hold what its evaluator reads; the error names the rule and key.
Status validate(const RuleSpec& spec);

// Evaluates every rule of the set: per-application rules on each, cross-application rules over all.
QList<Finding> evaluate(const RuleSet& rules, const QList<ApplicationFacts>& applications);

} // namespace RuleEngine
} // namespace rd
