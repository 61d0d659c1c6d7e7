#pragma once

#include "core/Result.h"
#include "dossier/Dossier.h"
#include "rules/Finding.h"
#include "rules/RuleSet.h"

#include <QStringList>

namespace rd {

struct DocumentFacts
{
    QString fileName;
    QString type;
    qint64 size = 0;
    int pageCount = 0;
    bool readable = true;
    QString problem;
};

// Everything the rules look at for one application.
struct ApplicationFacts
{
    qint64 id = 0;
    Dossier dossier;
    Budget budget;
    QList<DocumentFacts> documents;
};

namespace RuleEngine {

// Ids of every rule the engine can evaluate (the CLI's contract).
QStringList knownRules();

// Checks that a rule's params hold what its evaluator reads; the error names the rule and key.
Status validate(const RuleSpec& spec);

// Evaluates every rule of the set: per-application rules on each, cross-application rules over all.
QList<Finding> evaluate(const RuleSet& rules, const QList<ApplicationFacts>& applications);

} // namespace RuleEngine
} // namespace rd
