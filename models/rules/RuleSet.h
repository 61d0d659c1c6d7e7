#pragma once

#include "models/core/Result.h"
#include "models/rules/Finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

struct RuleSpec
{
    QString id;
    Severity severity = Severity::Error;
    QString source;
    QJsonObject params;
};

// A rule set is data (resources/rulesets/*.json): which rules run, their thresholds and the seed
// section each one enforces. Loading validates ids and parameters so a typo fails at load, not later.
class RuleSet final
{
public:
    static constexpr auto formatId = "reviewdesk.ruleset/1";

    static Result<RuleSet> fromJson(const QByteArray& json, const QString& fileName);
    // Looks in the user's rule-set folder first (so a program office can add or adjust one without a new
    // build), then among the built-in ones.
    static Result<RuleSet> load(const QString& id);
    static QString userFolder();

    const QString& id() const { return m_id; }
    QString name() const; // in the UI language when the file has it
    const QList<RuleSpec>& rules() const { return m_rules; }
    const RuleSpec* rule(const QString& id) const;

private:
    QString m_id;
    QJsonObject m_names;
    QList<RuleSpec> m_rules;
};

} // namespace rd
