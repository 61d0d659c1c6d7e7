#pragma once

#include <QJsonObject>
#include <QString>

namespace rd {

enum class Severity
{
    Error,
    Warning
};
QString severityKey(Severity severity);

// The result of one rule on one application. Language-free: the message is rendered from the rule id
// and the figures when shown (FindingText), so a finding stored today reads right in either language.
struct Finding
{
    qint64 applicationId = 0;
    QString rule;
    Severity severity = Severity::Error;
    // Where the finding points: "budget:<item>:<column>", "applicant:<field>", "proposal:<field>",
    // "staff", "intended", "document:<file name>", "documents".
    QString location;
    QJsonObject figures;
    QString source; // the seed section
};

} // namespace rd
